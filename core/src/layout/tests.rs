//! Unit tests of `layout`: lanes that never overlap, kept counts, items keeping their lane.

use super::*;

fn items(spec: &[(f64, f64)]) -> Vec<Item> {
    spec.iter()
        .enumerate()
        .map(|(key, &(x0, x1))| Item { key, x0, x1 })
        .collect()
}

/// Deterministic pseudo-random numbers in [0, 1) from `seed`.
fn uniform(mut seed: u64) -> impl FnMut() -> f64 {
    move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as f64 / (1u64 << 31) as f64
    }
}

fn lanes_of(l: &Layout) -> Vec<usize> {
    let mut v: Vec<_> = l.placed.iter().map(|p| (p.key, p.lane)).collect();
    v.sort();
    v.into_iter().map(|(_, lane)| lane).collect()
}

#[test]
#[allow(clippy::type_complexity)] // a table of cases reads best as tuples
fn table() {
    // (items, max lanes, expected lane per placed key, cluster sizes)
    let cases: &[(&[(f64, f64)], usize, &[usize], &[usize])] = &[
        (&[(0.0, 50.0), (60.0, 100.0)], 3, &[0, 0], &[]),
        (&[(0.0, 50.0), (10.0, 100.0)], 3, &[0, 1], &[]),
        (
            &[(0.0, 50.0), (10.0, 100.0), (55.0, 70.0)],
            3,
            &[0, 1, 0],
            &[],
        ),
        (&[(0.0, 50.0), (1.0, 50.0), (2.0, 50.0)], 2, &[0, 1], &[1]),
        (
            &[
                (0.0, 90.0),
                (1.0, 90.0),
                (2.0, 90.0),
                (3.0, 90.0),
                (400.0, 410.0),
            ],
            1,
            &[0, 0],
            &[3],
        ),
    ];
    for (spec, max, lanes, clusters) in cases {
        let l = stack(&items(spec), *max, 4.0, 40.0);
        assert_eq!(lanes_of(&l), *lanes, "{spec:?}");
        let sizes: Vec<_> = l.clusters.iter().map(|c| c.keys.len()).collect();
        assert_eq!(sizes, *clusters, "{spec:?}");
    }
}

#[test]
fn priority_items_keep_their_lane() {
    // Ten overlapping items, one lane: only the priority item (key 7) is placed.
    let spec: Vec<(f64, f64)> = (0..10).map(|i| (i as f64, 100.0 + i as f64)).collect();
    let l = stack_prioritised(&items(&spec), |k| u8::from(k != 7), 1, 4.0, 40.0);
    assert_eq!(l.placed.iter().map(|p| p.key).collect::<Vec<_>>(), vec![7]);
    assert_eq!(l.clusters.iter().map(|c| c.keys.len()).sum::<usize>(), 9);
    // Others still fill gaps around priority items in the same lane.
    let spec = [(0.0, 10.0), (50.0, 60.0), (20.0, 40.0)];
    let l = stack_prioritised(&items(&spec), |k| u8::from(k == 2), 1, 4.0, 40.0);
    assert_eq!(lanes_of(&l), vec![0, 0, 0]);
    // Rank 0 beats rank 1 beats rank 2 for the only lane.
    let spec = [(0.0, 100.0), (1.0, 100.0), (2.0, 100.0)];
    let l = stack_prioritised(&items(&spec), |k| [2, 0, 1][k], 1, 4.0, 40.0);
    assert_eq!(l.placed.iter().map(|p| p.key).collect::<Vec<_>>(), vec![1]);
}

#[test]
fn items_go_back_to_the_lane_they_had() {
    // First fit would put key 1 in lane 0 (key 0 is not there any more); it had lane 2.
    let spec = [(0.0, 10.0), (100.0, 150.0), (120.0, 200.0)];
    let prefs = [None, Some(2), Some(0)];
    let l = stack_preferring(&items(&spec), |_| 0, |k| prefs[k], 4, 4.0, 40.0);
    assert_eq!(lanes_of(&l), vec![0, 2, 0]);
    assert_eq!(l.lanes, 3);
    // A lane beyond the cap, or one that no longer has room, falls back to first fit.
    let l = stack_preferring(&items(&spec), |_| 0, |k| prefs[k], 2, 4.0, 40.0);
    assert_eq!(lanes_of(&l), vec![0, 0, 1]);
}

#[test]
fn lanes_never_overlap_and_counts_are_kept() {
    let mut next = uniform(7);
    let mut spec: Vec<(f64, f64)> = (0..2000)
        .map(|_| {
            let x = next() * 1200.0;
            (x, x + 20.0 + next() * 150.0)
        })
        .collect();
    spec.sort_by(|a, b| a.0.total_cmp(&b.0));
    for max in [1, 3, 8, 40] {
        let l = stack(&items(&spec), max, 4.0, 40.0);
        let clustered: usize = l.clusters.iter().map(|c| c.keys.len()).sum();
        assert_eq!(l.placed.len() + clustered, spec.len(), "counts conserved");
        assert!(l.lanes <= max);
        for a in &l.placed {
            for b in &l.placed {
                if a.key < b.key && a.lane == b.lane {
                    assert!(a.x1 + 4.0 <= b.x0 || b.x1 + 4.0 <= a.x0, "{a:?} {b:?}");
                }
            }
        }
    }
}

/// The plain algorithm the fast one must agree with: per rank, in x order, the first
/// lane where the item fits, else a new lane, else overflow.
fn reference(
    items: &[Item],
    rank: impl Fn(usize) -> u8,
    prefer: impl Fn(usize) -> Option<usize>,
    max: usize,
    gap: f64,
) -> Vec<(usize, Option<usize>)> {
    let mut lanes: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut ordered: Vec<&Item> = items.iter().collect();
    ordered.sort_by_key(|it| rank(it.key));
    let mut out = Vec::new();
    for it in ordered {
        let free = |lane: &Vec<(f64, f64)>| {
            lane.iter()
                .all(|&(a, b)| b + gap <= it.x0 || it.x1 + gap <= a)
        };
        let preferred = prefer(it.key).filter(|&p| p < max);
        if let Some(p) = preferred {
            while lanes.len() <= p {
                lanes.push(Vec::new());
            }
        }
        let lane = match preferred
            .filter(|&p| free(&lanes[p]))
            .or_else(|| lanes.iter().position(free))
        {
            Some(l) => Some(l),
            None if lanes.len() < max => {
                lanes.push(Vec::new());
                Some(lanes.len() - 1)
            }
            None => None,
        };
        if let Some(l) = lane {
            lanes[l].push((it.x0, it.x1));
        }
        out.push((it.key, lane));
    }
    out.sort();
    out
}

#[test]
fn fast_stack_agrees_with_the_plain_algorithm() {
    let mut next = uniform(11);
    for round in 0..40 {
        let n = 50 + round * 40;
        let mut spec: Vec<(f64, f64)> = (0..n)
            .map(|_| {
                // Dense in the middle, sparse at the edges, like the synthetic data.
                let x = if next() < 0.7 {
                    500.0 + next() * 200.0
                } else {
                    next() * 1600.0
                };
                (x, x + 10.0 + next() * 200.0)
            })
            .collect();
        spec.sort_by(|a, b| a.0.total_cmp(&b.0));
        let its = items(&spec);
        let ranks: Vec<u8> = (0..n).map(|_| (next() * 4.0) as u8).collect();
        // Every other round, some items had a lane before (some beyond the cap).
        let prefs: Vec<Option<usize>> = (0..n)
            .map(|_| (round % 2 == 1 && next() < 0.5).then(|| (next() * 14.0) as usize))
            .collect();
        for max in [0, 1, 4, 12] {
            let rank = |k: usize| ranks[k];
            let prefer = |k: usize| prefs[k];
            let fast = stack_preferring(&its, rank, prefer, max, 4.0, 40.0);
            let mut got: Vec<(usize, Option<usize>)> =
                fast.placed.iter().map(|p| (p.key, Some(p.lane))).collect();
            got.extend(
                fast.clusters
                    .iter()
                    .flat_map(|c| c.keys.iter().map(|&k| (k, None))),
            );
            got.sort();
            assert_eq!(
                got,
                reference(&its, rank, prefer, max, 4.0),
                "round {round}, {max} lanes"
            );
        }
    }
}

//! "Put them in order" (`?activity=order`): choosing `n` events from those the filters
//! let through, spread in time and never two whose order their dates cannot decide;
//! dealing them in a seeded shuffle that is never already in order; and checking a
//! student's order card by card. Owns when two dates decide an order; never draws, never
//! reads dates other than the events' starts (the order asked is the order of beginnings).

use super::{clamp_n, Kind, Score, Seed, Unavailable};
use crate::date::Moment;
use crate::model::{Event, Timeline};

/// A dealt set of cards.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Order {
    /// The cards as dealt (shuffled): indices into `Timeline::events`.
    pub cards: Vec<usize>,
    /// The same events in time order: the right answer.
    pub answer: Vec<usize>,
    /// How many were asked for (clamped); `cards` is shorter when fewer events could be
    /// chosen.
    pub asked: usize,
}

impl Order {
    /// Fewer cards than were asked for.
    pub fn short(&self) -> bool {
        self.cards.len() < self.asked
    }
}

/// The minutes a date's start can fall on, as a half-open range of minute numbers from
/// the time values (whole numbers, so comparisons are exact on every platform): the whole
/// year of "1937", the whole month of "May 1937", the one day of "1 May 1937", the hour
/// of "1 May 1937, 14:00". A circa date may be one unit of its precision out either
/// side: "c. 1937" covers 1936 to 1938, "c. May 1937" April to June.
pub fn start_range(d: &Moment) -> (i64, i64) {
    let minutes = |v: f64| (v * 1440.0).round() as i64;
    let (lo, hi) = (minutes(d.start_value()), minutes(d.end_value()));
    if !d.circa {
        return (lo, hi);
    }
    // Years and months are not all alike: step to the neighbouring one on the calendar.
    let shifted = |delta: i64| -> Moment {
        let mut m = *d;
        match (d.month, d.day) {
            (None, _) => m.year += delta,
            (Some(month), None) => {
                let k = d.year * 12 + i64::from(month) - 1 + delta;
                m.year = k.div_euclid(12);
                m.month = Some(k.rem_euclid(12) as u32 + 1);
            }
            _ => {}
        }
        m
    };
    match d.month.zip(d.day) {
        // A day, an hour or a minute: units of equal length.
        Some(_) => (lo - (hi - lo), hi + (hi - lo)),
        None => (
            minutes(shifted(-1).start_value()),
            minutes(shifted(1).end_value()),
        ),
    }
}

fn apart(a: (i64, i64), b: (i64, i64)) -> bool {
    a.1 <= b.0 || b.1 <= a.0
}

/// Whether the dates decide which of two events began first: the days their starts can
/// fall on ([`start_range`]) do not overlap. Not decided: the same year at year precision
/// ("1937" and "1937"), a year and a month or day within it ("1937" and "May 1937"), the
/// same month at month precision, the same day, approximate dates whose ranges overlap
/// ("c. 1937" and "1938"), spans that start together. Ends never enter.
pub fn decidable(a: &Event, b: &Event) -> bool {
    apart(start_range(&a.start), start_range(&b.start))
}

/// Whether any two events of the timeline have an order their dates decide: the event
/// whose start can end earliest against the one whose start can begin latest. Linear.
pub fn available(t: &Timeline) -> bool {
    let ranges = t.events.iter().map(|e| start_range(&e.start));
    let (mut first_end, mut last_start) = (i64::MAX, i64::MIN);
    for (lo, hi) in ranges {
        first_end = first_end.min(hi);
        last_start = last_start.max(lo);
    }
    first_end <= last_start
}

/// The positions `0..len` cut into `n` runs of near-equal length, as (start, end).
fn strata(len: usize, n: usize) -> impl Iterator<Item = (usize, usize)> {
    (0..n).map(move |k| (k * len / n, (k + 1) * len / n))
}

/// Deals `n` (clamped to 2..=12) cards from `candidates` (indices into `Timeline::events`
/// that pass the filters; any order; those out of range ignored), by `seed`.
///
/// The candidates, in time order, are cut into `n` runs of near-equal count and one event
/// is drawn from each run (the first, from a seeded place in the run, whose dates decide
/// its order against every event drawn before), so the set spreads over the candidates'
/// time. A run with no such event is made up from anywhere; when that still leaves fewer
/// than `n`, the largest set whose dates decide every order (earliest-ending first) is
/// taken and `n` drawn from it, so a set is short only when no longer one exists. Then
/// the cards are shuffled by the seed, never into the right order. Linear in the
/// candidates times `n`, but for that last resort (a sort).
///
/// Fewer than two events: [`Unavailable::TooFewEvents`].
pub fn generate(
    t: &Timeline,
    candidates: &[usize],
    n: usize,
    seed: Seed,
) -> Result<Order, Unavailable> {
    let n = clamp_n(n);
    let events = super::existing_in_order(t, candidates);
    let ranges: Vec<(i64, i64)> = events
        .iter()
        .map(|&i| start_range(&t.events[i].start))
        .collect();
    let m = events.len();
    let mut rng = seed.rng(Kind::Order);
    let fits = |picked: &[usize], p: usize| picked.iter().all(|&q| apart(ranges[p], ranges[q]));

    // One per run, from a seeded place in it.
    let mut picked: Vec<usize> = Vec::with_capacity(n);
    for (a, b) in strata(m, n) {
        if a == b {
            continue;
        }
        let off = rng.below(b - a);
        if let Some(p) = (0..b - a)
            .map(|j| a + (off + j) % (b - a))
            .find(|&p| fits(&picked, p))
        {
            picked.push(p);
        }
    }
    // Made up from anywhere.
    if picked.len() < n && m > 0 {
        let off = rng.below(m);
        for p in (0..m).map(|j| (off + j) % m) {
            if picked.len() == n {
                break;
            }
            if !picked.contains(&p) && fits(&picked, p) {
                picked.push(p);
            }
        }
    }
    // The largest set, when the draws above blocked a longer one.
    if picked.len() < n && picked.len() < m {
        let mut by_end: Vec<usize> = (0..m).collect();
        by_end.sort_unstable_by_key(|&p| (ranges[p].1, p));
        let mut most = Vec::new();
        let mut last_end = i64::MIN;
        for p in by_end {
            if ranges[p].0 >= last_end {
                most.push(p);
                last_end = ranges[p].1;
            }
        }
        if most.len() > picked.len() {
            let k = n.min(most.len());
            picked = strata(most.len(), k)
                .map(|(a, b)| most[a + rng.below(b - a)])
                .collect();
        }
    }
    if picked.len() < 2 {
        return Err(Unavailable::TooFewEvents {
            found: picked.len(),
        });
    }
    let mut answer: Vec<usize> = picked.into_iter().map(|p| events[p]).collect();
    answer.sort_unstable();
    let mut cards = answer.clone();
    rng.shuffle(&mut cards);
    if cards == answer {
        cards.rotate_left(1);
    }
    Ok(Order {
        cards,
        answer,
        asked: n,
    })
}

/// A checked order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked {
    /// Per place, in the student's order: the card there is the one that belongs there.
    pub in_place: Vec<bool>,
    /// "N of M in the right place" ([`Score::in_place`]).
    pub score: Score,
}

/// Checks the student's order `placed` (event indices, first to last) against `o`. A
/// place the student left empty or filled with a stranger is not in place.
pub fn check(o: &Order, placed: &[usize]) -> Checked {
    let in_place: Vec<bool> = o
        .answer
        .iter()
        .enumerate()
        .map(|(k, want)| placed.get(k) == Some(want))
        .collect();
    let right = in_place.iter().filter(|&&x| x).count();
    Checked {
        score: Score {
            right,
            total: o.answer.len(),
        },
        in_place,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn circa_widens_by_one_unit_of_its_precision() {
        // Minutes of the time values, back to calendar days.
        let day = |m: i64| {
            chrono::NaiveDate::from_num_days_from_ce_opt(m.div_euclid(1440) as i32)
                .unwrap()
                .to_string()
        };
        let r = |s: &str| {
            let (lo, hi) = start_range(&Moment::parse(s).unwrap());
            (day(lo), day(hi))
        };
        for (date, lo, hi) in [
            ("1937", "1937-01-01", "1938-01-01"),
            ("1937-05", "1937-05-01", "1937-06-01"),
            ("1937-05-03", "1937-05-03", "1937-05-04"),
            ("c.1937", "1936-01-01", "1939-01-01"),
            ("c.1937-12", "1937-11-01", "1938-02-01"),
            ("c.1937-05-03", "1937-05-02", "1937-05-05"),
            ("-0299", "-0299-01-01", "-0298-01-01"),
        ] {
            assert_eq!(r(date), (lo.to_string(), hi.to_string()), "{date}");
        }
    }

    #[test]
    fn checking_counts_cards_in_place() {
        let o = Order {
            cards: vec![7, 3, 9],
            answer: vec![3, 7, 9],
            asked: 3,
        };
        for (placed, want, score) in [
            (
                &[3, 7, 9][..],
                vec![true, true, true],
                "3 of 3 in the right place",
            ),
            (
                &[7, 3, 9][..],
                vec![false, false, true],
                "1 of 3 in the right place",
            ),
            (
                &[9, 7, 3][..],
                vec![false, true, false],
                "1 of 3 in the right place",
            ),
            (
                &[3][..],
                vec![true, false, false],
                "1 of 3 in the right place",
            ),
            (
                &[][..],
                vec![false, false, false],
                "0 of 3 in the right place",
            ),
            (
                &[3, 7, 9, 1][..],
                vec![true, true, true],
                "3 of 3 in the right place",
            ),
        ] {
            let c = check(&o, placed);
            assert_eq!(c.in_place, want, "{placed:?}");
            assert_eq!(c.score.in_place(), score, "{placed:?}");
        }
    }
}

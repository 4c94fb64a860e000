//! Lane layout ("stack"): places event boxes in horizontal lanes so that no two overlap,
//! and merges what does not fit at the current zoom into count clusters. Works on pixel
//! extents handed in; never measures text or touches the DOM.

/// One item to place: its pixel extent on the strip, label included.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Item {
    /// Caller's identifier (e.g. event index).
    pub key: usize,
    /// Left edge in pixels.
    pub x0: f64,
    /// Right edge of whatever the item draws (bar or label), in pixels.
    pub x1: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    pub key: usize,
    pub lane: usize,
    pub x0: f64,
    pub x1: f64,
}

/// Items that could not get a lane, merged by proximity.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    pub x0: f64,
    pub x1: f64,
    pub keys: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Layout {
    pub placed: Vec<Placed>,
    pub clusters: Vec<Cluster>,
    /// Lanes actually used.
    pub lanes: usize,
}

/// Greedy lane assignment in the order given (sort by x0 first for a stable result).
/// `gap` is the free space kept between items in a lane; `max_lanes` caps the stack;
/// overflowing items within `cluster_px` of each other become one cluster.
pub fn stack(items: &[Item], max_lanes: usize, gap: f64, cluster_px: f64) -> Layout {
    stack_prioritised(items, |_| 0, max_lanes, gap, cluster_px)
}

/// Like [`stack`], but items are placed in order of `rank(key)` (lowest first), so the
/// open event, then the matches of a filter, keep a lane when space runs out. Later
/// ranks fill the gaps left between earlier ones.
pub fn stack_prioritised(
    items: &[Item],
    rank: impl Fn(usize) -> u8,
    max_lanes: usize,
    gap: f64,
    cluster_px: f64,
) -> Layout {
    stack_preferring(items, rank, |_| None, max_lanes, gap, cluster_px)
}

/// Like [`stack_prioritised`], but an item with a preferred lane (`prefer(key)`, the lane
/// it had in the layout on screen before) goes back to that lane when it still fits
/// there and the lane is within `max_lanes`, before any other lane is tried. So labels
/// stay in their rows when the layout is made again for a new reason (an event closed,
/// a pre-rendered view taken over by the app, a small zoom): only what no longer fits
/// moves.
pub fn stack_preferring(
    items: &[Item],
    rank: impl Fn(usize) -> u8,
    prefer: impl Fn(usize) -> Option<usize>,
    max_lanes: usize,
    gap: f64,
    cluster_px: f64,
) -> Layout {
    // Per lane: occupied intervals sorted by start, and a cursor: within one rank, items
    // arrive in x order, so where the next item belongs in a lane only moves right. This
    // keeps a pass linear (10,000 events at one zoom level is ~7,000 items, most of them
    // tried against every lane before they fall into a cluster).
    let mut lanes: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut cursors: Vec<usize> = Vec::new();
    let mut out = Layout::default();
    let mut overflow: Vec<Item> = Vec::new();
    let mut ordered: Vec<(u8, &Item)> = items.iter().map(|it| (rank(it.key), it)).collect();
    ordered.sort_by_key(|(r, _)| *r); // stable: keeps x order within a rank
                                      // Once every lane is taken at some x, any item of the same rank starting before the
                                      // end of the first of those intervals cannot fit either: it goes straight to overflow.
    let mut blocked_until = f64::NEG_INFINITY;
    let mut current_rank = None;
    for (r, it) in ordered {
        if current_rank != Some(r) {
            current_rank = Some(r);
            cursors.iter_mut().for_each(|c| *c = 0);
            blocked_until = f64::NEG_INFINITY;
        }
        let (a, b) = (it.x0, it.x1.max(it.x0));
        if a < blocked_until {
            overflow.push(*it);
            continue;
        }
        let mut chosen = None;
        if let Some(p) = prefer(it.key).filter(|&p| p < max_lanes) {
            while lanes.len() <= p {
                lanes.push(Vec::new());
                cursors.push(0);
            }
            let lane = &lanes[p];
            let idx = lane.partition_point(|iv| iv.0 < a);
            let before = idx == 0 || lane[idx - 1].1 + gap <= a;
            let after = idx == lane.len() || b + gap <= lane[idx].0;
            if before && after {
                chosen = Some((p, idx));
            }
        }
        // The earliest end (plus gap) among intervals covering `a`, if all lanes have one.
        let mut covered_until = Some(f64::INFINITY);
        for (l, lane) in lanes.iter().enumerate() {
            if chosen.is_some() {
                covered_until = None;
                break;
            }
            let mut idx = cursors[l];
            while idx < lane.len() && lane[idx].0 < a {
                idx += 1;
            }
            cursors[l] = idx;
            let before = idx == 0 || lane[idx - 1].1 + gap <= a;
            let after = idx == lane.len() || b + gap <= lane[idx].0;
            if before && after {
                chosen = Some((l, idx));
                break;
            }
            covered_until = match (covered_until, before) {
                (Some(u), false) => Some(u.min(lane[idx - 1].1 + gap)),
                _ => None,
            };
        }
        if chosen.is_none() && lanes.len() == max_lanes {
            if let Some(u) = covered_until {
                blocked_until = u;
            }
        }
        if chosen.is_none() && lanes.len() < max_lanes {
            lanes.push(Vec::new());
            cursors.push(0);
            chosen = Some((lanes.len() - 1, 0));
        }
        match chosen {
            Some((l, idx)) => {
                lanes[l].insert(idx, (a, b));
                out.placed.push(Placed {
                    key: it.key,
                    lane: l,
                    x0: a,
                    x1: b,
                });
            }
            None => overflow.push(*it),
        }
    }
    out.lanes = lanes.len();
    overflow.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    for it in overflow {
        match out.clusters.last_mut() {
            Some(c) if it.x0 - c.x0 <= cluster_px => {
                c.x1 = c.x1.max(it.x0);
                c.keys.push(it.key);
            }
            _ => out.clusters.push(Cluster {
                x0: it.x0,
                x1: it.x0,
                keys: vec![it.key],
            }),
        }
    }
    out
}

/// Sizes the strip hands in for laying out events (the core never measures text).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EventMetrics {
    /// Average label character width, px.
    pub char_px: f64,
    /// Padding added to every label, px.
    pub label_pad: f64,
    /// Labels are cut (ellipsis) beyond this width, px.
    pub label_max: f64,
    /// Smallest drawn mark for an instant or a short span, px.
    pub mark_px: f64,
    pub max_lanes: usize,
    /// Free space between items in a lane, px.
    pub gap: f64,
    /// Overflowing items closer than this merge into one cluster, px.
    pub cluster_px: f64,
    /// Items this far outside the strip are still laid out (smooth panning), px.
    pub margin_px: f64,
}

/// Where one event is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Slot {
    pub lane: usize,
    /// Left edge of the item (label start), px.
    pub left: f64,
    /// Bar (or mark) start, px, absolute on the strip.
    pub bar_x: f64,
    pub bar_w: f64,
    /// Width given to the label, px.
    pub label_w: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EventCluster {
    /// Pixel x of the cluster marker.
    pub x: f64,
    /// Event indices merged here.
    pub keys: Vec<usize>,
    /// Time span of the merged events (day values).
    pub t0: f64,
    pub t1: f64,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct EventLayout {
    /// Events drawn on their own, by event index (so in time order), with their place.
    /// Sparse: a few dozen entries whatever the size of the dataset.
    pub slots: Vec<(usize, Slot)>,
    pub clusters: Vec<EventCluster>,
    pub lanes: usize,
}

impl EventLayout {
    /// Where event `i` is drawn, if it is drawn on its own.
    pub fn slot(&self, i: usize) -> Option<Slot> {
        self.slots
            .binary_search_by_key(&i, |s| s.0)
            .ok()
            .map(|k| self.slots[k].1)
    }

    /// Event indices drawn on their own, in time order.
    pub fn shown(&self) -> impl Iterator<Item = usize> + '_ {
        self.slots.iter().map(|s| s.0)
    }
}

/// Lays out the events that pass `include` and fall within the window (plus margin).
/// Events must be sorted by start, as [`crate::Timeline::events`] is. `rank` orders who
/// keeps a lane when space runs out (lowest first); rank 0 (the open event) also keeps
/// its whole title, where other labels are cut at `label_max`.
pub fn layout_events(
    events: &[crate::Event],
    include: impl Fn(usize) -> bool,
    rank: impl Fn(usize) -> u8,
    w: &crate::Window,
    width: f64,
    m: &EventMetrics,
) -> EventLayout {
    layout_events_preferring(events, include, rank, |_| None, w, width, m)
}

/// [`layout_events`], with each event's preferred lane (see [`stack_preferring`]).
pub fn layout_events_preferring(
    events: &[crate::Event],
    include: impl Fn(usize) -> bool,
    rank: impl Fn(usize) -> u8,
    prefer: impl Fn(usize) -> Option<usize>,
    w: &crate::Window,
    width: f64,
    m: &EventMetrics,
) -> EventLayout {
    let mut items = Vec::new();
    let mut geo = Vec::new();
    for (i, e) in events.iter().enumerate() {
        if !include(i) {
            continue;
        }
        let x0 = w.x_of(e.t0, width);
        let x1 = w.x_of(e.t1, width);
        if x1 < -m.margin_px || x0 > width + m.margin_px {
            continue;
        }
        let bar_w = (x1 - x0).max(m.mark_px);
        let left = x0.max(0.0).min(x0 + bar_w - m.mark_px).max(x0);
        let full_w = e.title_chars as f64 * m.char_px + m.label_pad;
        // The first rank (the open event) has its whole title; others are capped.
        let label_w = if rank(i) == 0 {
            full_w
        } else {
            full_w.min(m.label_max)
        };
        let right = (x0 + bar_w).max(left + label_w);
        items.push(Item {
            key: i,
            x0: left,
            x1: right,
        });
        geo.push((i, x0, bar_w, label_w));
    }
    // Stable order by the drawn left edge (it differs from time order only off screen).
    items.sort_by(|a, b| a.x0.total_cmp(&b.x0).then(a.key.cmp(&b.key)));
    let stacked = stack_preferring(&items, rank, prefer, m.max_lanes, m.gap, m.cluster_px);
    // Labels were sized for stacking from an estimate of their text, at most `label_max`
    // wide; each may use the room its lane has to the right, up to the next item there or
    // the strip's right edge, so no title is cut where there is room for it.
    let mut by_lane: Vec<(usize, f64, usize)> = stacked
        .placed
        .iter()
        .enumerate()
        .map(|(k, p)| (p.lane, p.x0, k))
        .collect();
    by_lane.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let mut room = vec![f64::INFINITY; stacked.placed.len()];
    for pair in by_lane.windows(2) {
        if pair[0].0 == pair[1].0 {
            room[pair[0].2] = pair[1].1 - m.gap;
        }
    }
    let mut slots: Vec<(usize, Slot)> = stacked
        .placed
        .iter()
        .zip(&room)
        .filter_map(|(p, &next)| {
            // `geo` was filled in event order, so it is sorted by key.
            let k = geo.binary_search_by_key(&p.key, |g| g.0).ok()?;
            let (_, bar_x, bar_w, label_w) = geo[k];
            let room = next.min(width) - p.x0;
            Some((
                p.key,
                Slot {
                    lane: p.lane,
                    left: p.x0,
                    bar_x,
                    bar_w,
                    label_w: label_w.max(room),
                },
            ))
        })
        .collect();
    slots.sort_unstable_by_key(|s| s.0);
    let clusters = stacked
        .clusters
        .into_iter()
        .map(|c| {
            let t0 = c
                .keys
                .iter()
                .map(|&k| events[k].t0)
                .fold(f64::INFINITY, f64::min);
            let t1 = c
                .keys
                .iter()
                .map(|&k| events[k].t1)
                .fold(f64::NEG_INFINITY, f64::max);
            EventCluster {
                x: c.x0,
                keys: c.keys,
                t0,
                t1,
            }
        })
        .collect();
    EventLayout {
        slots,
        clusters,
        lanes: stacked.lanes,
    }
}

#[cfg(test)]
mod tests;

//! One pre-rendered strip and its overview, for one width class: the app's markup (era
//! bands, event labels, clusters, axis ticks, the density and the brush) with the places
//! `timeline_core::strip` gives the app at that size, written as CSS rules scoped to the
//! variant (a Content-Security-Policy that forbids style attributes allows a stylesheet).
//! Horizontal places are in `cqw` (the strip is a size container), so a screen between two
//! classes keeps every label where the app will put it; lanes that do not fit a shorter
//! screen are hidden by a container query. Never decides what to draw: the core's strip
//! model does.

use super::css::{cqw, px, Css};
use crate::render::{escape, item, Links};
use crate::scale::{Limits, Window};
use crate::strip::{self as model, Geometry, Ranking};
use crate::ticks::axis;
use crate::Timeline;

/// What a variant draws: a strip `width` x `height` px showing `window`, with `open`
/// the open event.
pub struct Variant<'a> {
    /// The CSS class naming the variant ("fv-c3").
    pub name: &'a str,
    pub width: f64,
    pub height: f64,
    pub window: Window,
    pub open: Option<usize>,
}

/// The geometry of the strip outside projection.
const G: &Geometry = &model::NORMAL;

/// The variant's strip and overview markup, and its rules added to `css`. The lanes each
/// event has, for the app to keep them (`data-lane`).
pub fn variant(t: &Timeline, v: &Variant, links: &Links, css: &mut Css) -> String {
    let limits = Limits::for_timeline(t);
    let w = &v.window;
    let n = v.name;
    let (eras, era_rows) = model::era_rows(t, w, v.width, G.era_rows);
    let lanes = model::max_lanes(v.height, era_rows, G);
    let ranking = Ranking {
        open: v.open,
        matches: None,
        hide_others: false,
        reveal_last: None,
    };
    let layout = model::lay_out(t, &ranking, |_| None, w, v.width, lanes, G);
    let ticks = axis(w, v.width, &G.ticks);
    let mut out = String::with_capacity(16 * 1024);
    out.push_str(&format!(
        r#"<div class="strip fv {n}" role="region" aria-label="{}" data-start="{}" data-end="{}"><ul class="eras" aria-label="{}">"#,
        escape(&crate::t!("strip-label")),
        crate::scale::decimal(w.start, 3),
        crate::scale::decimal(w.end, 3),
        escape(&crate::t!("strip-eras")),
    ));
    for (k, r) in eras.iter().enumerate() {
        let era = &t.eras[r.era];
        let left = r.x0.max(0.0);
        css.rule(
            &format!(".{n} .e{k}"),
            &[
                ("left", cqw(left, v.width)),
                ("width", cqw((r.x1 - left).max(1.0), v.width)),
                ("top", px(r.row as f64 * G.era_row_h)),
            ],
        );
        css.rule(
            &format!(".{n} .e{k} .era-label"),
            &[("max-width", px(r.room))],
        );
        out.push_str(&format!(
            r#"<li class="era{} e{k}"><span class="era-label" title="{}">{}</span></li>"#,
            if r.row % 2 == 1 { " alt" } else { "" },
            escape(&crate::t!(
                "header-period",
                label = &era.label,
                span = crate::date::span_label(&era.start, Some(&era.end))
            )),
            escape(&era.label),
        ));
    }
    out.push_str(&format!(
        r#"</ul><ol class="events" aria-label="{}">"#,
        escape(&crate::t!("strip-events"))
    ));
    css.rule(
        &format!(".{n} .events"),
        &[("top", px(model::events_top(era_rows, G)))],
    );
    for &(i, s) in &layout.slots {
        let e = &t.events[i];
        let open = v.open == Some(i);
        css.rule(
            &format!(".{n} .i{i}"),
            &[
                ("left", cqw(s.left, v.width)),
                ("top", px(s.lane as f64 * G.lane_h)),
            ],
        );
        let mut bar = vec![("left", cqw(s.bar_x - s.left, v.width))];
        if e.is_span() || !e.is_point() {
            bar.push(("width", cqw(s.bar_w, v.width)));
        }
        css.rule(&format!(".{n} .i{i} .bar"), &bar);
        css.rule(
            &format!(".{n} .i{i} .event-label"),
            &[("max-width", px(s.label_w.round()))],
        );
        let cats: Vec<String> = e.categories.iter().map(|c| c.to_string()).collect();
        out.push_str(&format!(
            r#"<li class="event{} lane-{} i{i}" data-i="{i}" data-lane="{}" data-cats="{}"{}{}>{}</li>"#,
            if open { " selected" } else { "" },
            s.lane,
            s.lane,
            cats.join(" "),
            item::colour(t, i).map_or(String::new(), |c| format!(r#" data-cat="{c}""#)),
            if open { r#" aria-current="true""# } else { "" },
            item::inner(t, i, links),
        ));
    }
    out.push_str("</ol>");
    // Lanes the reference screen has but a shorter one has not: hidden, as the app would
    // put their events in clusters.
    for lane in 0..lanes {
        let need = G.axis_h
            + G.cluster_row_h
            + era_rows as f64 * G.era_row_h
            + 8.0
            + (lane + 1) as f64 * G.lane_h;
        css.container_max(
            need - 0.02,
            &format!(".{n} .lane-{lane}"),
            "visibility",
            "hidden",
        );
    }
    out.push_str(r#"<div class="clusters">"#);
    css.rule(&format!(".{n} .clusters"), &[("bottom", px(G.axis_h))]);
    for (k, c) in layout.clusters.iter().enumerate() {
        css.rule(&format!(".{n} .k{k}"), &[("left", cqw(c.x, v.width))]);
        // The name starts with what the button shows, in any language (WCAG 2.5.3).
        let label = format!(
            "+{}: {}",
            c.keys.len(),
            crate::t!(
                "cluster-more",
                n = c.keys.len(),
                from = crate::date::day_label(c.t0)
            )
        );
        out.push_str(&format!(
            r#"<button class="cluster k{k}" data-action="fit:{}:{}" aria-label="{}" title="{}"><span class="cluster-n">+{}</span></button>"#,
            crate::scale::decimal(c.t0, 3),
            crate::scale::decimal(c.t1, 3),
            escape(&label),
            escape(&label),
            c.keys.len()
        ));
    }
    out.push_str(r#"</div><div class="axis" aria-hidden="true">"#);
    for (row, ticks) in [("minor", &ticks.minor), ("major", &ticks.major)] {
        for (k, tick) in ticks.iter().enumerate() {
            css.rule(
                &format!(".{n} .{row}.t{k}"),
                &[("left", cqw(tick.x, v.width))],
            );
            out.push_str(&format!(
                r#"<span class="tick {row} t{k}">{}</span>"#,
                escape(&tick.label)
            ));
        }
    }
    out.push_str("</div></div>");
    // The overview below it: the density of every event and where the window is.
    let (bx, bw) = crate::overview::brush(w, &limits, v.width);
    css.rule(
        &format!(".{n} .brush"),
        &[
            ("left", format!("{}%", pct(bx, v.width))),
            ("width", format!("{}%", pct(bw, v.width))),
        ],
    );
    out.push_str(&format!(
        r#"<div class="overview fv {n}" aria-hidden="true" title="{}"><svg class="density" width="100%" height="40" viewBox="0 0 {} 40" preserveAspectRatio="none"><path d="{}"></path></svg><div class="brush"><span class="edge start"></span><span class="edge end"></span></div></div>"#,
        escape(&crate::t!("overview-title")),
        crate::scale::decimal(v.width, 0),
        crate::overview::path(t, |_| true, &limits, v.width),
    ));
    out
}

fn pct(x: f64, of: f64) -> String {
    crate::scale::decimal(x / of.max(1.0) * 100.0, 3)
}

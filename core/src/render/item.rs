//! An event's label on the strip: its bar (or mark), its symbol and title, as a link to
//! the event (a tap before the app has started still opens it; the app handles the click
//! itself). Its place and state are not here: the app sets them as the view changes, the
//! pre-render from its layout.

use super::{escape, Links};
use crate::Timeline;

/// The colour index of event `i` (its first category), for `data-cat`: the stylesheet
/// maps it to the theme's colour (`--c: var(--cat-N)`), as a strict
/// Content-Security-Policy allows no style attributes.
pub fn colour(t: &Timeline, i: usize) -> Option<usize> {
    t.events[i].categories.first().copied()
}

/// The inner HTML of event `i`'s list item on the strip.
pub fn inner(t: &Timeline, i: usize, links: &Links) -> String {
    let e = &t.events[i];
    let mut bar = String::from("bar");
    if e.is_span() || !e.is_point() {
        bar.push_str(" span");
    }
    if e.is_circa() {
        bar.push_str(" circa");
    }
    let date = escape(&e.date_label());
    let symbol = e
        .categories
        .first()
        .and_then(|&c| t.categories[c].symbol.as_deref())
        .filter(|s| !s.is_empty())
        .map(|s| {
            format!(
                r#"<span class="symbol" aria-hidden="true">{}</span>"#,
                escape(s)
            )
        })
        .unwrap_or_default();
    format!(
        r#"<span class="{bar}"></span><a class="event-label" href="{href}" aria-label="{title}, {date}" title="{date}">{symbol}<span class="title">{title}</span></a>"#,
        href = escape(&links.event(&e.id)),
        title = escape(&e.title),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_is_a_link_and_data_stays_text() {
        let mut t = crate::load(include_str!("../../../data/events.json")).unwrap();
        let i = t.event_index("kirov-assassination").unwrap();
        let html = inner(&t, i, &Links::default());
        assert!(
            html.contains(r#"href="?event=kirov-assassination""#),
            "{html}"
        );
        assert!(
            html.contains(r#"aria-label="Kirov assassinated, "#),
            "{html}"
        );
        t.events[i].title = r#"<img src=x onerror="alert(1)">"#.into();
        let html = inner(&t, i, &Links::default());
        assert!(!html.contains("<img"), "{html}");
    }
}

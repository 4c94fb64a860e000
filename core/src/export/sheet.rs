//! A timeline → TimelineJS's spreadsheet template as CSV: a `title` row, a row an event,
//! `era` rows, and an "Alt Text" column where any media has one. Never reads files;
//! builds text.

use super::{
    display_date, esc, extra_lines, full_text, html_of, sources_text, tjs_year, Counts, Exported,
};
use crate::date::Moment;
use crate::model::{RawMedia, Timeline};

/// The columns of TimelineJS's spreadsheet template, in its order.
const COLUMNS: [&str; 18] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
];

/// The date columns of a row: year, month, day, time ("14:30", or "14" for an hour).
fn sheet_date(d: Option<&Moment>) -> [String; 4] {
    let Some(d) = d else {
        return Default::default();
    };
    let n = |x: Option<u32>| x.map(|x| x.to_string()).unwrap_or_default();
    let time = match (d.hour, d.minute) {
        (Some(h), Some(m)) => format!("{h:02}:{m:02}"),
        (Some(h), None) => format!("{h:02}"),
        _ => String::new(),
    };
    [tjs_year(d.year).to_string(), n(d.month), n(d.day), time]
}

/// The timeline as TimelineJS's spreadsheet template (CSV), and what could not be
/// expressed. An "Alt Text" column follows the template's when any media has one.
pub fn to_timelinejs_csv(t: &Timeline) -> Exported {
    let alt = t
        .events
        .iter()
        .filter_map(|e| e.media.as_ref())
        .chain(t.media.as_ref())
        .any(|m| m.alt.is_some());
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut header: Vec<&str> = COLUMNS.to_vec();
    if alt {
        header.push("Alt Text");
    }
    let mut write = |row: Vec<String>| {
        w.write_record(&row).expect("CSV to memory");
    };
    write(header.iter().map(|s| s.to_string()).collect());
    let media_cells = |m: Option<&RawMedia>| -> [String; 5] {
        let Some(m) = m else {
            return Default::default();
        };
        let url = match (&m.quote, &m.url) {
            (Some(q), _) => format!("<blockquote>{}</blockquote>", html_of(q)),
            (None, Some(u)) => u.clone(),
            _ => String::new(),
        };
        let o = |s: &Option<String>| s.as_deref().map(esc).unwrap_or_default();
        [
            url,
            o(&m.credit),
            o(&m.caption),
            m.thumbnail.clone().unwrap_or_default(),
            m.alt.clone().unwrap_or_default(),
        ]
    };
    let row = |date: [String; 4],
               end: [String; 4],
               display: String,
               headline: String,
               text: String,
               media: [String; 5],
               kind: &str,
               group: String| {
        let [url, credit, caption, thumb, alt_text] = media;
        let mut r: Vec<String> = date.into_iter().chain(end).collect();
        r.extend([
            display,
            headline,
            text,
            url,
            credit,
            caption,
            thumb,
            kind.to_string(),
            group,
            String::new(),
        ]);
        if alt {
            r.push(alt_text);
        }
        r
    };
    write(row(
        Default::default(),
        Default::default(),
        String::new(),
        esc(&t.title),
        html_of(&full_text(&t.subtitle, &sources_text(t))),
        media_cells(t.media.as_ref()),
        "title",
        String::new(),
    ));
    let mut counts = Counts::default();
    for e in &t.events {
        let extra = extra_lines(t, e, &mut counts);
        write(row(
            sheet_date(Some(&e.start)),
            sheet_date(e.end.as_ref()),
            display_date(e).map(|d| esc(&d)).unwrap_or_default(),
            esc(&e.title),
            html_of(&full_text(&e.summary, &extra)),
            media_cells(e.media.as_ref()),
            "",
            e.categories
                .first()
                .map(|&c| esc(&t.categories[c].label))
                .unwrap_or_default(),
        ));
    }
    for era in &t.eras {
        write(row(
            sheet_date(Some(&era.start)),
            sheet_date(Some(&era.end)),
            String::new(),
            esc(&era.label),
            String::new(),
            Default::default(),
            "era",
            String::new(),
        ));
    }
    let bytes = w.into_inner().expect("CSV to memory");
    let mut notice = counts.notice(t);
    notice.push(crate::t!("export-sheet-ids"));
    Exported {
        text: String::from_utf8(bytes).expect("UTF-8 in, UTF-8 out"),
        notice,
    }
}

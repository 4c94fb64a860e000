//! A timeline → the files a class can take elsewhere: TimelineJS's JSON (as TimelineJS 3
//! loads it: `title` slide, `events` with `start_date`/`end_date` objects of strings,
//! `group`, `unique_id`, `media`, `eras`, and `"scale": "cosmological"` for deep time),
//! TimelineJS's spreadsheet template as CSV, and our own JSON. What TimelineJS has no
//! place for — citations, disputes, editors' notes, people, further categories — is
//! written into the event's text as readable lines, and the notice says so, and says what
//! is left out. Importing an export gives back the same events, dates (with their
//! precision, times of day and "circa"), groups and eras. Never reads files; builds text.

use crate::date::{year_of_value, year_start_value, Moment, Precision};
use crate::model::{Event, RawDataset, RawEra, RawEvent, RawMedia, RawWindow, Timeline};
use crate::Scale;
use serde_json::{json, Map, Value};

/// An exported file and what could not be expressed in it, one sentence a line.
#[derive(Clone, Debug, PartialEq)]
pub struct Exported {
    pub text: String,
    pub notice: Vec<String>,
}

/// HTML-escaped text.
fn esc(s: &str) -> String {
    html_escape::encode_text(s).into_owned()
}

/// Plain text as TimelineJS's HTML: paragraphs at blank lines, line breaks, http(s)
/// addresses as links (TimelineJS opens them in a new tab). Reads back to the same text.
fn html_of(text: &str) -> String {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            let lines: Vec<String> = p
                .lines()
                .map(|line| {
                    crate::import::html::link_spans(line)
                        .into_iter()
                        .map(|(s, link)| {
                            if link {
                                format!(
                                    "<a href=\"{}\">{}</a>",
                                    html_escape::encode_double_quoted_attribute(s),
                                    esc(s)
                                )
                            } else {
                                esc(s)
                            }
                        })
                        .collect()
                })
                .collect();
            format!("<p>{}</p>", lines.join("<br>"))
        })
        .collect()
}

/// The year as TimelineJS writes it: historians' years, -300 for 300 BC (astronomical
/// -299), and deep time's years the same way (-13800000000).
fn tjs_year(year: i64) -> i64 {
    if year <= 0 {
        year - 1
    } else {
        year
    }
}

/// A date as TimelineJS's date object, of strings (as its own templates write them).
fn tjs_date(d: &Moment) -> Value {
    let mut o = Map::new();
    o.insert("year".into(), tjs_year(d.year).to_string().into());
    let parts = [
        ("month", d.month.map(|m| m as i64)),
        ("day", d.day.map(|x| x as i64)),
        ("hour", d.hour.map(|x| x as i64)),
        ("minute", d.minute.map(|x| x as i64)),
    ];
    for (k, v) in parts {
        if let Some(v) = v {
            o.insert(k.into(), v.to_string().into());
        }
    }
    Value::Object(o)
}

/// The display date to write: the event's own, or "c. …" for an approximate date (which
/// TimelineJS has no flag for; the import reads it back as "circa").
fn display_date(e: &Event) -> Option<String> {
    match &e.display_date {
        Some(d) => Some(d.clone()),
        None if e.is_circa() => Some(format!(
            "c. {}",
            crate::date::span_label(
                &Moment {
                    circa: false,
                    ..e.start
                },
                e.end.map(|d| Moment { circa: false, ..d }).as_ref()
            )
        )),
        None => None,
    }
}

/// What TimelineJS cannot hold for events, counted for the notice.
#[derive(Default)]
struct Counts {
    cited: usize,
    disputed: usize,
    noted: usize,
    with_people: usize,
    more_categories: usize,
    circa_with_display: usize,
}

impl Counts {
    fn notice(&self, t: &Timeline, into: &str) -> Vec<String> {
        let n = |k: usize, what: &str, why: &str| {
            (k > 0).then(|| {
                format!(
                    "{what} of {k} event{} {into} ({why}).",
                    if k == 1 { "" } else { "s" }
                )
            })
        };
        let mut out: Vec<String> = [
            n(self.cited, "The citations", "TimelineJS has no sources"),
            n(self.disputed, "The disputes", "where the sources differ"),
            n(self.noted, "The editors' notes", "TimelineJS has no notes"),
            n(self.with_people, "The people", "TimelineJS has no people"),
            n(
                self.more_categories,
                "The categories after the first",
                "TimelineJS gives an event one group",
            ),
        ]
        .into_iter()
        .flatten()
        .collect();
        if self.circa_with_display > 0 {
            out.push(format!(
                "{} approximate date{} with a display date of {} own lose{} the \"circa\" mark (the display date is kept).",
                self.circa_with_display,
                if self.circa_with_display == 1 { "" } else { "s" },
                if self.circa_with_display == 1 { "its" } else { "their" },
                if self.circa_with_display == 1 { "s" } else { "" },
            ));
        }
        let mut left = Vec::new();
        if !t.sources.is_empty() {
            left.push(format!(
                "the list of sources ({}, written into the title's text)",
                t.sources.len()
            ));
        }
        if !t.people.is_empty() {
            left.push(format!(
                "the people's roles and aliases ({})",
                t.people.len()
            ));
        }
        if !t.tours.is_empty() {
            left.push(format!("the tours ({})", t.tours.len()));
        }
        if !t.categories.is_empty() {
            left.push("the categories' colours, symbols and descriptions".into());
        }
        if t.eras
            .iter()
            .any(|e| e.note.is_some() || !e.sources.is_empty())
        {
            left.push("the eras' notes and sources".into());
        }
        if t.default_window != t.extent {
            left.push("the window the timeline opens on".into());
        }
        if !left.is_empty() {
            out.push(format!("TimelineJS has no place for {}.", join_and(&left)));
        }
        out
    }
}

fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// What TimelineJS has no field for, as readable lines after the event's text.
fn extra_lines(t: &Timeline, e: &Event, counts: &mut Counts) -> Vec<String> {
    let mut out = Vec::new();
    if e.categories.len() > 1 {
        counts.more_categories += 1;
        let more: Vec<&str> = e.categories[1..]
            .iter()
            .map(|&c| t.categories[c].label.as_str())
            .collect();
        out.push(format!("Also in: {}.", more.join(", ")));
    }
    if !e.people.is_empty() {
        counts.with_people += 1;
        let names: Vec<&str> = e
            .people
            .iter()
            .map(|&p| t.people[p].name.as_str())
            .collect();
        out.push(format!("People: {}.", names.join(", ")));
    }
    if !e.citations.is_empty() {
        counts.cited += 1;
        out.push("What the sources say:".into());
        for c in &e.citations {
            let source = t.source(&c.source).map_or(c.source.as_str(), |s| s.short());
            out.push(format!(
                "{source} ({}, paragraph {}): {}",
                c.section, c.paragraph, c.says
            ));
        }
    }
    for d in &e.disputes {
        counts.disputed += 1;
        let claims: Vec<String> = d
            .claims
            .iter()
            .map(|c| {
                let who: Vec<&str> = c
                    .sources
                    .iter()
                    .map(|s| t.source(s).map_or(s.as_str(), |s| s.short()))
                    .collect();
                format!("{} ({})", c.value, who.join(", "))
            })
            .collect();
        let mut line = format!("Sources differ on {}: {}.", d.about, claims.join("; "));
        if let Some(n) = &d.note {
            line.push(' ');
            line.push_str(n);
        }
        out.push(line);
    }
    if let Some(n) = &e.note {
        counts.noted += 1;
        out.push(format!("Editors' note: {n}"));
    }
    if e.display_date.is_some() && e.is_circa() {
        counts.circa_with_display += 1;
    }
    out
}

/// The event's text with the readable lines after it.
fn full_text(summary: &str, extra: &[String]) -> String {
    let mut text = summary.trim().to_string();
    for chunk in extra {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(chunk);
    }
    text
}

/// The sources as the title's last paragraphs (TimelineJS has no list of sources).
fn sources_text(t: &Timeline) -> Vec<String> {
    if t.sources.is_empty() {
        return Vec::new();
    }
    let mut out = vec!["Sources:".to_string()];
    for s in &t.sources {
        let mut line = s.title.clone();
        if let Some(a) = &s.author {
            line.push_str(&format!(", {a}"));
        }
        if let Some(d) = &s.date {
            line.push_str(&format!(" ({d})"));
        }
        line.push_str(&format!(" — {}", s.kind));
        out.push(line);
    }
    out
}

fn tjs_media(m: &RawMedia) -> Value {
    let mut o = Map::new();
    let url = match (&m.quote, &m.url) {
        (Some(q), _) => format!("<blockquote>{}</blockquote>", html_of(q)),
        (None, Some(u)) => u.clone(),
        (None, None) => String::new(),
    };
    o.insert("url".into(), url.into());
    for (k, v) in [
        ("caption", &m.caption),
        ("credit", &m.credit),
        ("alt", &m.alt),
        ("thumbnail", &m.thumbnail),
    ] {
        if let Some(v) = v {
            let v = if matches!(k, "caption" | "credit") {
                esc(v)
            } else {
                v.clone()
            };
            o.insert(k.into(), v.into());
        }
    }
    Value::Object(o)
}

/// The timeline as TimelineJS 3 JSON, and what could not be expressed.
pub fn to_timelinejs(t: &Timeline) -> Exported {
    let mut counts = Counts::default();
    let events: Vec<Value> = t
        .events
        .iter()
        .map(|e| {
            let mut o = Map::new();
            o.insert("unique_id".into(), e.id.clone().into());
            o.insert("start_date".into(), tjs_date(&e.start));
            if let Some(end) = &e.end {
                o.insert("end_date".into(), tjs_date(end));
            }
            if let Some(d) = display_date(e) {
                o.insert("display_date".into(), esc(&d).into());
            }
            let extra = extra_lines(t, e, &mut counts);
            o.insert(
                "text".into(),
                json!({"headline": esc(&e.title), "text": html_of(&full_text(&e.summary, &extra))}),
            );
            if let Some(&c) = e.categories.first() {
                o.insert("group".into(), esc(&t.categories[c].label).into());
            }
            if let Some(m) = &e.media {
                o.insert("media".into(), tjs_media(m));
            }
            Value::Object(o)
        })
        .collect();
    let eras: Vec<Value> = t
        .eras
        .iter()
        .map(|era| {
            json!({
                "start_date": tjs_date(&era.start),
                "end_date": tjs_date(&era.end),
                "text": {"headline": esc(&era.label)}
            })
        })
        .collect();
    let mut title = Map::new();
    title.insert(
        "text".into(),
        json!({
            "headline": esc(&t.title),
            "text": html_of(&full_text(&t.subtitle, &sources_text(t)))
        }),
    );
    if let Some(m) = &t.media {
        title.insert("media".into(), tjs_media(m));
    }
    let mut doc = Map::new();
    if t.scale == Scale::DeepTime {
        doc.insert("scale".into(), "cosmological".into());
    }
    doc.insert("title".into(), Value::Object(title));
    doc.insert("events".into(), events.into());
    if !eras.is_empty() {
        doc.insert("eras".into(), eras.into());
    }
    Exported {
        text: serde_json::to_string_pretty(&Value::Object(doc)).expect("JSON values serialise")
            + "\n",
        notice: counts.notice(t, "are written into their text"),
    }
}

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
    let mut notice = counts.notice(t, "are written into their text");
    notice.push(
        "A spreadsheet has no column for event ids: importing it again names events from their titles."
            .into(),
    );
    Exported {
        text: String::from_utf8(bytes).expect("UTF-8 in, UTF-8 out"),
        notice,
    }
}

/// The window `a..b` (day values) as dates of the coarsest precision that gives it back:
/// years, months or days.
fn window(a: f64, b: f64) -> RawWindow {
    let (ya, yb) = (year_of_value(a), year_of_value(b - 1e-6));
    if year_start_value(ya) == a && year_start_value(yb + 1) == b {
        let y = |year| {
            Moment {
                year,
                month: None,
                day: None,
                hour: None,
                minute: None,
                circa: false,
            }
            .to_iso()
        };
        return RawWindow {
            from: y(ya),
            to: y(yb),
        };
    }
    let (from, to) = (
        Moment::of_value(a, Precision::Day),
        Moment::of_value(b - 1e-6, Precision::Day),
    );
    let month = |m: Moment| Moment { day: None, ..m };
    if month(from).start_value() == a && month(to).end_value() == b {
        return RawWindow {
            from: month(from).to_iso(),
            to: month(to).to_iso(),
        };
    }
    RawWindow {
        from: from.to_iso(),
        to: to.to_iso(),
    }
}

/// The timeline in our own format, as [`crate::load`] reads it back (to the same
/// timeline, but for the notices loading gave).
pub fn to_ours(t: &Timeline) -> RawDataset {
    RawDataset {
        schema: None,
        title: t.title.clone(),
        subtitle: t.subtitle.clone(),
        media: t.media.clone(),
        default_window: (t.default_window != t.extent)
            .then(|| window(t.default_window.0, t.default_window.1)),
        sources: t.sources.clone(),
        categories: t.categories.clone(),
        people: t.people.clone(),
        eras: t
            .eras
            .iter()
            .map(|e| RawEra {
                id: e.id.clone(),
                label: e.label.clone(),
                start: e.start.to_iso(),
                end: e.end.to_iso(),
                note: e.note.clone(),
                sources: e.sources.clone(),
            })
            .collect(),
        events: t
            .events
            .iter()
            .map(|e| RawEvent {
                id: e.id.clone(),
                title: e.title.clone(),
                start: e.start.to_iso(),
                end: e.end.map(|d| d.to_iso()),
                display_date: e.display_date.clone(),
                summary: e.summary.clone(),
                categories: e
                    .categories
                    .iter()
                    .map(|&c| t.categories[c].id.clone())
                    .collect(),
                people: e.people.iter().map(|&p| t.people[p].id.clone()).collect(),
                citations: e.citations.clone(),
                disputes: e.disputes.clone(),
                note: e.note.clone(),
                media: e.media.clone(),
            })
            .collect(),
        tours: t.tours.clone(),
    }
}

/// The timeline as our own JSON (pretty-printed); nothing is lost.
pub fn to_json(t: &Timeline) -> Exported {
    Exported {
        text: serde_json::to_string_pretty(&to_ours(t)).expect("a dataset serialises") + "\n",
        notice: Vec::new(),
    }
}

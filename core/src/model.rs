//! The dataset format: raw serde types exactly as written in `data/*.json` (stage one),
//! and the validated, indexed [`Timeline`] the app works with (stage two).
//! Never parses dates itself or decides validity: that is `validate`'s job.

use crate::date::Moment;
use crate::media::Media;
use serde::{Deserialize, Serialize};

/// A whole dataset file as written by an author. `E` is what its events are read as: the
/// events themselves, or `serde::de::IgnoredAny` to read everything else first (the
/// loader then reads the events a slice at a time).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawDataset<E = Vec<RawEvent>> {
    /// The JSON Schema the file follows (editors use it to complete and check fields).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub title: String,
    #[serde(default)]
    pub subtitle: String,
    /// The title's media (a picture, a video, a quotation), shown with the title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media: Option<RawMedia>,
    /// The window the timeline opens on: the core of the story, not the raw extent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_window: Option<RawWindow>,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub categories: Vec<Category>,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub eras: Vec<RawEra>,
    pub events: E,
    /// Guided tours: ordered steps through events, each with a framing note.
    #[serde(default)]
    pub tours: Vec<Tour>,
}

impl<E> RawDataset<E> {
    /// The dataset without its events, and the events: validation checks the rest first.
    pub fn split_events(self) -> (RawDataset<()>, E) {
        let RawDataset {
            schema,
            title,
            subtitle,
            media,
            default_window,
            sources,
            categories,
            people,
            eras,
            events,
            tours,
        } = self;
        let head = RawDataset {
            schema,
            title,
            subtitle,
            media,
            default_window,
            sources,
            categories,
            people,
            eras,
            events: (),
            tours,
        };
        (head, events)
    }
}

/// A curated path through the timeline.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Tour {
    pub id: String,
    pub title: String,
    /// One or two sentences saying what the tour shows.
    pub description: String,
    pub steps: Vec<TourStep>,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TourStep {
    /// Event id.
    pub event: String,
    /// What to look at in this step, in our words.
    pub note: String,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawWindow {
    pub from: String,
    pub to: String,
}

/// One source document the events cite.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    /// A name of a few words for tight places (slides, table headers, "according to"):
    /// "Study guide". Optional; the title stands in for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_title: Option<String>,
    /// What sort of document it is: "reference-work entry", "revision flashcards"...
    pub kind: String,
    /// Author or publisher as the document states it, if it does. The bundled dataset's
    /// rules require it, with "Not stated" where the document gives none (so with `date`,
    /// `audience`, `purpose` and `based_on`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Date as the document states it, free text ("July 2005"), if it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Who the document was written for, in our words ("pupils revising the topic").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    /// What the document sets out to do, in our words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// What the document rests on, as far as it shows: the historians it names or quotes,
    /// official figures, memoirs; or that it shows nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub based_on: Option<String>,
    /// Years the document covers, free text ("1921-1956").
    pub span: String,
    /// Headings citations may point into, in document order.
    #[serde(default)]
    pub sections: Vec<String>,
    /// Our note on how far to trust it.
    pub reliability: String,
    /// The file name of the original document, where the dataset ships one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(default)]
    pub further_reading: Vec<Reading>,
}

impl Source {
    /// The short title, or the title where there is none.
    pub fn short(&self) -> &str {
        self.short_title.as_deref().unwrap_or(&self.title)
    }
}

/// A book or article a source lists or quotes.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub author: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u32>,
    /// Where the source uses it: "listed", "quoted, p. 224"...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_in_source: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub label: String,
    /// "#rrggbb"
    pub colour: String,
    /// A short symbol shown beside the colour, so colour is never the only cue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    /// Canonical name as shown.
    pub name: String,
    /// Other spellings the sources use, so search finds them all.
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawEra {
    pub id: String,
    pub label: String,
    pub start: String,
    pub end: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Source ids that give this span.
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    /// Stable slug: appears in shared links, never changes once published.
    pub id: String,
    pub title: String,
    pub start: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// How the date reads where the dates alone would mislead ("Spring 1937"); the dates
    /// still place the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_date: Option<String>,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub people: Vec<String>,
    #[serde(default)]
    pub citations: Vec<Citation>,
    #[serde(default)]
    pub disputes: Vec<Dispute>,
    /// Editor's note, attributed to the editors, never to a source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// A picture, video, article or quotation shown with the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media: Option<RawMedia>,
}

/// Media as written in the file: an address (`url`) or a quotation (`quote`), and the
/// texts around it. Nothing is loaded from another site before the reader asks.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawMedia {
    /// An https address: an image, a YouTube or Vimeo video, a Wikipedia article, or any
    /// page (shown as a link naming its site).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// A quotation, shown as text (instead of an address).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// Who made it or holds its rights.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
    /// What an image shows, for readers who cannot see it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alt: Option<String>,
    /// A small image (https) for the event's label on the strip.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<String>,
}

/// What one source says about one event, and where it says it.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Citation {
    pub source: String,
    pub section: String,
    /// 1-based ordinal of the paragraph (or card) within the section.
    pub paragraph: u32,
    /// The source's claim in our own words, with its figures and dates.
    pub says: String,
}

/// A point on which the sources give different values.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dispute {
    /// What differs: "date", "number of officers purged"...
    pub about: String,
    pub claims: Vec<Claim>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub value: String,
    pub sources: Vec<String>,
}

/// A validated event, with parsed dates and resolved references.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub id: String,
    pub title: String,
    /// Characters in the title, counted once: label widths are estimated from it.
    pub title_chars: usize,
    pub start: Moment,
    pub end: Option<Moment>,
    /// How the date reads, where the file says so.
    pub display_date: Option<String>,
    /// Continuous time values (days) covered: [t0, t1).
    pub t0: f64,
    pub t1: f64,
    pub summary: String,
    /// Indices into [`Timeline::categories`].
    pub categories: Vec<usize>,
    /// Indices into [`Timeline::people`].
    pub people: Vec<usize>,
    pub citations: Vec<Citation>,
    pub disputes: Vec<Dispute>,
    pub note: Option<String>,
    /// Its media as the file gives it; [`Timeline::event_media`] says what it is.
    pub media: Option<RawMedia>,
}

impl Event {
    pub fn date_label(&self) -> String {
        if let Some(d) = &self.display_date {
            return d.clone();
        }
        crate::date::span_label(&self.start, self.end.as_ref())
    }

    pub fn is_span(&self) -> bool {
        self.end.is_some()
    }

    /// True where the event is drawn as a point: no end, and a day or a finer precision.
    pub fn is_point(&self) -> bool {
        self.end.is_none() && self.start.precision().is_point()
    }

    /// The heading of the year the event starts in, for a list grouped by year: "1937",
    /// "5410 BC", "66 Ma".
    pub fn year_heading(&self) -> String {
        self.start.year_heading()
    }

    /// True where any date of the event is only approximate.
    pub fn is_circa(&self) -> bool {
        self.start.circa || self.end.is_some_and(|e| e.circa)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Era {
    pub id: String,
    pub label: String,
    pub start: Moment,
    pub end: Moment,
    pub t0: f64,
    pub t1: f64,
    pub note: Option<String>,
    pub sources: Vec<String>,
}

/// The kind of time a timeline runs over.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Scale {
    /// The calendar: days, months and years (BC included).
    #[default]
    Calendar,
    /// Deep time: some date lies beyond the calendar's years (TimelineJS's cosmological
    /// scale, up to 13.8 billion years ago); those dates are years only. Time values are
    /// still days (mean Gregorian years beyond the calendar), so windows, layout and
    /// ticks work unchanged; the axis reads in ka, Ma and Ga.
    DeepTime,
}

/// A validated dataset: events sorted by time, references resolved to indices.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub title: String,
    pub subtitle: String,
    pub sources: Vec<Source>,
    pub categories: Vec<Category>,
    pub people: Vec<Person>,
    pub eras: Vec<Era>,
    /// Sorted by start, then end, then their order in the file.
    pub events: Vec<Event>,
    /// The whole span of events and eras, in day values.
    pub extent: (f64, f64),
    /// Where the view opens, in day values.
    pub default_window: (f64, f64),
    /// What loading changed or set aside without refusing the file, for the reader to
    /// know (a default window outside the events, say). The app shows them as notices.
    pub warnings: Vec<String>,
    pub tours: Vec<Tour>,
    /// Calendar, or deep time where a date lies beyond the calendar's years.
    pub scale: Scale,
    /// The title's media as the file gives it; [`Timeline::title_media`] says what it is.
    pub media: Option<RawMedia>,
    /// The file's own address, where it was read from one: relative media addresses are
    /// resolved against it.
    pub base: Option<String>,
}

impl Timeline {
    /// The media of event `i`, classified and resolved (see [`crate::media`]).
    pub fn event_media(&self, i: usize) -> Option<Media> {
        let raw = self.events.get(i)?.media.as_ref()?;
        Some(Media::from_raw(raw, self.base.as_deref()))
    }

    /// The title's media, classified and resolved.
    pub fn title_media(&self) -> Option<Media> {
        Some(Media::from_raw(self.media.as_ref()?, self.base.as_deref()))
    }

    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|e| e.id == id)
    }

    pub fn tour_index(&self, id: &str) -> Option<usize> {
        self.tours.iter().position(|t| t.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn category_index(&self, id: &str) -> Option<usize> {
        self.categories.iter().position(|c| c.id == id)
    }

    pub fn person_index(&self, id: &str) -> Option<usize> {
        self.people.iter().position(|p| p.id == id)
    }

    /// Distinct sources an event cites, in first-cited order.
    pub fn sources_of(&self, event: &Event) -> Vec<&Source> {
        let mut seen: Vec<&Source> = Vec::new();
        for c in &event.citations {
            if let Some(s) = self.source(&c.source) {
                if !seen.iter().any(|x| x.id == s.id) {
                    seen.push(s);
                }
            }
        }
        seen
    }

    /// Eras that overlap an event.
    pub fn eras_of(&self, event: &Event) -> Vec<&Era> {
        self.eras
            .iter()
            .filter(|era| era.t0 < event.t1 && event.t0 < era.t1)
            .collect()
    }
}

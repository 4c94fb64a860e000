//! Stage one of the dataset format: the serde types exactly as an author writes them in
//! `data/*.json` (data/README.md), before validation. Never parses dates or decides
//! validity: that is `validate`'s job.

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
    /// The language the dataset's own text is written in (a BCP 47 code: "en", "fr",
    /// "ar"); the interface speaks it when a link does not ask for another.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
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
            lang,
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
            lang,
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

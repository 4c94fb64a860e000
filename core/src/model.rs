//! The dataset format: raw serde types exactly as written in `data/*.json` (stage one),
//! and the validated, indexed [`Timeline`] the app works with (stage two).
//! Never parses dates itself or decides validity: that is `validate`'s job.
//!
//! Stage one, the types as written, is in `raw` (re-exported here); stage two is this file.

mod raw;

pub use raw::{
    Category, Citation, Claim, Dispute, Person, RawDataset, RawEra, RawEvent, RawMedia, RawWindow,
    Reading, Source, Tour, TourStep,
};

use crate::date::Moment;
use crate::media::Media;

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
    /// The language of the dataset's own text ("en"), where the file says it.
    pub lang: Option<String>,
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

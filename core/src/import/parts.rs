//! What a converter gathers from a file before it becomes our dataset ([`Parts`]): the
//! title, groups made categories (each with a colour of its own), unique ids, eras, events
//! and where each came from, problems, and tallies of what was left out or changed, said
//! in warnings when it is finished. Pure; never reads files or the network.

use super::{slug, title_from_name, Imported, Origin};
use crate::date::Moment;
use crate::media::{Kind, Media};
use crate::model::{Category, RawDataset, RawEra, RawEvent, RawMedia};
use crate::problem::Problem;

/// Ids that are unique: `base`, then `base-2`, `base-3`…
#[derive(Default)]
pub(super) struct Ids(std::collections::HashSet<String>);

impl Ids {
    pub(super) fn unique(&mut self, base: &str, fallback: &str) -> String {
        let base = if base.is_empty() { fallback } else { base };
        let mut id = base.to_string();
        let mut n = 1;
        while !self.0.insert(id.clone()) {
            n += 1;
            id = format!("{base}-{n}");
        }
        id
    }
}

/// How many of a kind of change are named in a warning; the rest are counted.
const NAMED: usize = 5;

/// Things of one kind left out or changed: how many, and the first few named.
#[derive(Default)]
pub(super) struct Tally(usize, Vec<String>);

impl Tally {
    pub(super) fn add(&mut self, what: impl FnOnce() -> String) {
        self.0 += 1;
        if self.1.len() < NAMED {
            self.1.push(what());
        }
    }

    /// "{n} {noun}s …: a; b; c and 2 more."
    /// The notice for what was counted, `what` naming its message in the catalogue
    /// (`import-<what>`): "2 events without a date left out …: row 3; row 9."
    fn sentence(&self, what: &str) -> Option<String> {
        let n = self.0;
        (n > 0).then(|| {
            let more = n - self.1.len();
            let more = if more > 0 {
                crate::t!("import-and-more", n = more)
            } else {
                String::new()
            };
            crate::i18n::text(
                &format!("import-{what}"),
                &[
                    ("n", n.into()),
                    ("list", self.1.join("; ").into()),
                    ("more", more.into()),
                ],
            )
        })
    }
}

/// What a converter gathers from a file, before it becomes our dataset.
pub(super) struct Parts {
    pub(super) title: String,
    pub(super) subtitle: String,
    /// The file's language, where it names one (TimelineJS's `language` option).
    pub(super) lang: Option<String>,
    pub(super) media: Option<RawMedia>,
    /// Group names in order of first use, with their category ids.
    pub(super) groups: Vec<(String, String)>,
    pub(super) group_ids: Ids,
    pub(super) ids: Ids,
    pub(super) era_ids: Ids,
    pub(super) eras: Vec<RawEra>,
    pub(super) events: Vec<RawEvent>,
    pub(super) origins: Vec<(usize, usize)>,
    pub(super) problems: Vec<Problem>,
    /// The file's address, for relative media.
    pub(super) base: Option<String>,
    /// Left out: without a date; beyond the years a timeline can show.
    pub(super) undated: Tally,
    pub(super) too_far: Tally,
    /// Changed: seconds dropped; a time without a day dropped; media not shown.
    pub(super) seconds: Tally,
    pub(super) dayless_times: Tally,
    pub(super) refused_media: Tally,
    /// Read from a shape TimelineJS 3 does not write (said once).
    pub(super) shape: Option<String>,
}

impl Parts {
    pub(super) fn new(origin: &Origin) -> Parts {
        Parts {
            title: String::new(),
            subtitle: String::new(),
            lang: None,
            media: None,
            groups: Vec::new(),
            group_ids: Ids::default(),
            ids: Ids::default(),
            era_ids: Ids::default(),
            eras: Vec::new(),
            events: Vec::new(),
            origins: Vec::new(),
            problems: Vec::new(),
            base: origin.base().map(str::to_string),
            undated: Tally::default(),
            too_far: Tally::default(),
            seconds: Tally::default(),
            dayless_times: Tally::default(),
            refused_media: Tally::default(),
            shape: None,
        }
    }

    /// The category id of a group, by its exact name: groups that differ only in case
    /// ("Politics", "politics") are two categories with ids of their own.
    pub(super) fn group(&mut self, name: &str) -> String {
        if let Some((_, id)) = self.groups.iter().find(|(g, _)| g == name) {
            return id.clone();
        }
        let s = slug(name);
        let fallback = {
            let hash = name
                .bytes()
                .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(b as u32));
            format!("group-{hash:x}")
        };
        let id = self.group_ids.unique(&s, &fallback);
        self.groups.push((name.to_string(), id.clone()));
        id
    }

    /// An event's id: its own (`unique_id`, the id column) made a slug, else its title's
    /// (transliterated), else its date's, so that adding an event never renames another.
    pub(super) fn event_id(
        &mut self,
        own: &str,
        title: &str,
        start: &Moment,
        fallback: &str,
    ) -> String {
        // The date in its canonical form, never as the interface writes it: an id must
        // be the same in every language (a shared link keeps working). Each candidate is
        // made only when the ones before it are empty (a 50,000-row sheet is read in
        // slices, and a date label costs the catalogue and Intl a call each).
        let base = [own, title]
            .into_iter()
            .map(slug)
            .find(|s| !s.is_empty())
            .unwrap_or_else(|| slug(&start.to_iso()));
        self.ids.unique(&base, fallback)
    }

    /// Media as the file gives it, the address resolved against the file's own where
    /// that can be done now; media that cannot be shown is named in a warning.
    pub(super) fn media(&mut self, mut raw: RawMedia, what: &str) -> Option<RawMedia> {
        let given = |s: &Option<String>| s.as_deref().is_some_and(|s| !s.trim().is_empty());
        if !given(&raw.url) && !given(&raw.quote) {
            return None;
        }
        for field in [&mut raw.url, &mut raw.thumbnail] {
            if let Some(u) = field.as_deref() {
                if !u.trim_start().starts_with('<') {
                    if let Ok(resolved) = crate::media::resolve(u, self.base.as_deref()) {
                        *field = Some(resolved);
                    }
                }
            }
        }
        let m = Media::from_raw(&raw, self.base.as_deref());
        match &m.kind {
            Kind::Refused { reason } => {
                let reason = reason.trim_end_matches('.');
                self.refused_media.add(|| format!("{what} ({reason})"));
            }
            // A blockquote becomes its text.
            Kind::Quote { text } if raw.quote.is_none() => {
                raw.quote = Some(text.clone());
                raw.url = None;
            }
            _ => {}
        }
        Some(raw)
    }

    pub(super) fn push_event(&mut self, event: RawEvent, at: (usize, usize)) {
        self.events.push(event);
        self.origins.push(at);
    }

    /// Our dataset: titled with the file's name where it has no title, a category per
    /// group, and warnings naming what was left out or changed (`unit`: "event", "row").
    pub(super) fn finish(self, origin: &Origin, unit: &str) -> Imported {
        let warnings = [
            self.shape.clone(),
            self.undated.sentence(&format!("undated-{unit}")),
            self.too_far.sentence(&format!("too-far-{unit}")),
            self.seconds.sentence("seconds"),
            self.dayless_times.sentence("dayless-times"),
            self.refused_media.sentence("refused-media"),
        ]
        .into_iter()
        .flatten()
        .collect();
        Imported {
            raw: RawDataset {
                schema: None,
                title: if self.title.is_empty() {
                    title_from_name(origin.name)
                } else {
                    self.title
                },
                subtitle: self.subtitle,
                lang: self.lang,
                media: self.media,
                default_window: None,
                sources: Vec::new(),
                categories: categories(&self.groups),
                people: Vec::new(),
                eras: self.eras,
                events: self.events,
                tours: Vec::new(),
            },
            warnings,
            origins: self.origins,
            problems: self.problems,
        }
    }
}

/// Colour-blind-safe colours for groups (Paul Tol's "muted" scheme): the app raises each
/// to the contrast its theme needs.
const GROUP_COLOURS: [&str; 9] = [
    "#332288", "#117733", "#882255", "#44AA99", "#999933", "#AA4499", "#CC6677", "#88CCEE",
    "#DDCC77",
];

/// Categories for groups (name, id) in order of first use. Each group's colour follows
/// from its name, so the same group keeps its colour when others are added; two groups of
/// one file never share a colour while colours remain.
fn categories(groups: &[(String, String)]) -> Vec<Category> {
    let mut taken = [false; GROUP_COLOURS.len()];
    groups
        .iter()
        .enumerate()
        .map(|(k, (g, id))| {
            let hash = g
                .bytes()
                .fold(2166136261u32, |h, b| (h ^ b as u32).wrapping_mul(16777619));
            let mut c = hash as usize % GROUP_COLOURS.len();
            if k < GROUP_COLOURS.len() {
                while taken[c] {
                    c = (c + 1) % GROUP_COLOURS.len();
                }
            }
            taken[c] = true;
            Category {
                id: id.clone(),
                label: g.clone(),
                colour: GROUP_COLOURS[c].to_string(),
                symbol: None,
                description: None,
            }
        })
        .collect()
}

//! Importing in slices, as `crate::loader` loads: a teacher's file is converted a batch
//! of events (or rows) at a time, then validated a batch at a time, then finished, so a
//! 50,000-row spreadsheet never blocks the page in one long task. The app runs one step
//! per task and shows [`ImportLoader::progress`]; [`super::open`] runs every step at once,
//! so "Open…", `?data=` and the command line share this one pipeline.

use super::{Converter, Format, Origin, Parts};
use crate::jsonpos::Seg;
use crate::loader::Loader;
use crate::model::RawEvent;
use crate::problem::{LoadError, Problem};
use crate::validate::{Rules, Validator};
use crate::Timeline;

/// An import under way.
pub struct ImportLoader<'a> {
    format: Format,
    stage: Stage<'a>,
    base: Option<String>,
}

enum Stage<'a> {
    /// Our own JSON: the loader's own slices.
    Ours(Box<Loader<'a>>),
    /// Converting the file's events or rows.
    Converting(Box<Converting<'a>>),
    /// Validating the converted events.
    Checking(Box<Checking>),
    /// Between stages (never seen outside `step`).
    Moving,
}

struct Converting<'a> {
    converter: Converter<'a>,
    parts: Parts,
    name: String,
}

struct Checking {
    validator: Validator,
    events: std::vec::IntoIter<RawEvent>,
    /// Events checked, and how many there are.
    done: usize,
    total: usize,
    /// Items the conversion counted (for the progress across both stages).
    converted: usize,
    origins: Vec<(usize, usize)>,
    problems: Vec<Problem>,
    warnings: Vec<String>,
}

/// Whether a JSON error is about the file's shape (a missing or unknown field, a value of
/// the wrong type) rather than its syntax: only then is the expected format worth saying.
fn is_shape(message: &str) -> bool {
    ["field", "invalid type", "invalid value", "invalid length"]
        .iter()
        .any(|k| message.contains(k))
}

impl<'a> ImportLoader<'a> {
    /// Detects the format of `text` and reads what precedes the events (a header row, a
    /// title, eras), and where the events are.
    pub fn start(text: &'a str, origin: &Origin) -> Result<ImportLoader<'a>, LoadError> {
        let text = text.trim_start_matches('\u{feff}');
        let format = super::detect(text);
        let base = origin.base().map(str::to_string);
        let stage = if format == Format::Ours {
            let mut l = Loader::start_with(text, Rules::Open).map_err(|e| match e {
                LoadError::Syntax {
                    line,
                    column,
                    message,
                } if is_shape(&message) => LoadError::Syntax {
                    line,
                    column,
                    message: crate::t!("json-expected-ours", message = message.as_str()),
                },
                e => e,
            })?;
            l.set_base(base.as_deref());
            Stage::Ours(Box::new(l))
        } else {
            let mut parts = Parts::new(origin);
            let converter = Converter::start(text, format, &mut parts)?;
            Stage::Converting(Box::new(Converting {
                converter,
                parts,
                name: origin.name.to_string(),
            }))
        };
        Ok(ImportLoader {
            format,
            stage,
            base,
        })
    }

    /// The format detected.
    pub fn format(&self) -> Format {
        self.format
    }

    /// Work done, and in all: each event (or row) counts once converted and once
    /// checked. For a spreadsheet the total is an estimate (its lines) until every row
    /// is read.
    pub fn progress(&self) -> (usize, usize) {
        match &self.stage {
            Stage::Ours(l) => l.progress(),
            Stage::Converting(c) => {
                let (done, total) = c.converter.progress();
                (done, 2 * total)
            }
            Stage::Checking(c) => (c.converted + c.done, c.converted + c.total),
            Stage::Moving => (0, 0),
        }
    }

    /// Converts or checks up to `n` more events (rows); true once everything is done and
    /// [`ImportLoader::finish`] will not block for long.
    pub fn step(&mut self, n: usize) -> Result<bool, LoadError> {
        match &mut self.stage {
            Stage::Ours(l) => return l.step(n),
            Stage::Converting(c) => {
                if !c.converter.step(n, &mut c.parts)? {
                    return Ok(false);
                }
            }
            Stage::Checking(c) => {
                for e in c.events.by_ref().take(n) {
                    c.validator.event(e);
                    c.done += 1;
                }
                return Ok(c.done == c.total);
            }
            Stage::Moving => return Ok(true),
        }
        // Converted: the dataset without its events is checked now, the events in steps.
        let Stage::Converting(c) = std::mem::replace(&mut self.stage, Stage::Moving) else {
            unreachable!("converting")
        };
        let Converting {
            converter,
            parts,
            name,
        } = *c;
        let converted = converter.progress().1;
        let imported = parts.finish(&Origin::named(&name), converter.unit());
        let (head, events) = imported.raw.split_events();
        let mut validator = Validator::new(head, Rules::Open);
        validator.set_base(self.base.as_deref());
        let total = events.len();
        self.stage = Stage::Checking(Box::new(Checking {
            validator,
            events: events.into_iter(),
            done: 0,
            total,
            converted,
            origins: imported.origins,
            problems: imported.problems,
            warnings: imported.warnings,
        }));
        Ok(total == 0)
    }

    /// Checks what needs every event and builds the timeline, with the conversion's
    /// warnings first among its own; or every problem, at its line in the file.
    pub fn finish(mut self) -> Result<(Timeline, Format), LoadError> {
        while !self.step(usize::MAX)? {}
        let format = self.format;
        match self.stage {
            Stage::Ours(l) => l.finish().map(|t| (t, format)),
            Stage::Checking(c) => {
                let Checking {
                    validator,
                    origins,
                    mut problems,
                    warnings,
                    ..
                } = *c;
                match validator.finish() {
                    Ok(mut t) if problems.is_empty() => {
                        t.warnings.splice(0..0, warnings);
                        Ok((t, format))
                    }
                    Ok(_) => {
                        problems.sort_by_key(|p| p.at.unwrap_or((usize::MAX, 0)));
                        Err(LoadError::Invalid(problems))
                    }
                    Err(found) => {
                        // Problems name our fields; place them at the event's line in the
                        // original.
                        for mut p in found {
                            if let (Some(Seg::Key("events")), Some(Seg::Index(k))) =
                                (p.path.0.first(), p.path.0.get(1))
                            {
                                p.at = origins.get(*k).copied().filter(|o| o.0 > 0);
                            }
                            problems.push(p);
                        }
                        problems.sort_by_key(|p| p.at.unwrap_or((usize::MAX, 0)));
                        Err(LoadError::Invalid(problems))
                    }
                }
            }
            Stage::Converting(_) | Stage::Moving => unreachable!("stepped to the end"),
        }
    }
}

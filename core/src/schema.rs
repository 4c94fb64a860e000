//! The JSON Schema of the dataset format, generated from the raw types in `model` (so it
//! cannot drift from what the loader reads). Built only with the `schema` feature (the
//! command line has it; the app does not). data/schema.json is its committed copy.

use crate::model::RawDataset;

/// The schema as pretty-printed JSON.
pub fn json() -> String {
    let mut schema = schemars::schema_for!(RawDataset);
    schema.insert("title".into(), "Timeline dataset".into());
    schema.insert(
        "description".into(),
        "A timeline for the classroom timeline app: events with dates, categories, people, \
         and what each source document says (data/README.md)."
            .into(),
    );
    serde_json::to_string_pretty(&schema).expect("a schema serialises")
}

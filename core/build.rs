//! Joins the English catalogue's files (`i18n/en/*.ftl`, in name order) into one, which
//! `timeline_core::i18n` builds in.

use std::fs;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../i18n/en");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("i18n/en is the English catalogue")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut all = String::new();
    for f in files {
        println!("cargo::rerun-if-changed={}", f.display());
        all.push_str(&fs::read_to_string(&f).expect("readable catalogue file"));
        all.push('\n');
    }
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("en.ftl");
    fs::write(out, all).expect("OUT_DIR is writable");
}

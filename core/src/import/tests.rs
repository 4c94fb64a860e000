//! Unit tests of `import`: titles from names, slugs, line counting.

use super::*;

#[test]
fn titles_from_file_names() {
    for (name, title) in [
        ("class-timeline.json", "Class timeline"),
        ("My file", "My file"),
        ("https://example.org/a/WW2_Timeline.csv?x=1", "WW2 Timeline"),
        ("C:\\Users\\t\\history 7b.json", "History 7b"),
        ("timeline.v2.json", "Timeline.v2"),
        (".json", ".json"),
        ("", "Imported timeline"),
    ] {
        assert_eq!(title_from_name(name), title, "{name}");
    }
}

#[test]
fn slugs_transliterate() {
    for (text, want) in [
        ("Women in Computing", "women-in-computing"),
        ("Убийство Кирова", "ubiistvo-kirova"),
        ("Révolution française", "revolution-francaise"),
        ("한국 전쟁", "hangug-jeonjaeng"),
        ("!!!", ""),
    ] {
        assert_eq!(slug(text), want, "{text}");
    }
}

#[test]
fn lines_are_counted_once() {
    let text = "ab\r\ncé\nd";
    let mut l = Lines::new(text);
    assert_eq!(l.of(0), (1, 1));
    assert_eq!(l.of(5), (2, 2));
    assert_eq!(l.of(text.len()), (3, 2));
    assert_eq!(l.of(1), (1, 2));
}

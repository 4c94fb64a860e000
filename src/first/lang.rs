//! The interface language in the page: which one (the link's `lang`, else the dataset's,
//! else the browser's languages), fetching its catalogue from this build's folder
//! (`app-…/lang/<code>.ftl`, English too: no words are built into the app's code; cached
//! by the service worker with the rest of the build; index.html preloads the first one),
//! installing it with the browser's `Intl` for plural forms and digits, and the page's
//! `lang` and `dir`. Never holds words of its own: they are in `i18n/`.

use std::cell::OnceCell;
use std::rc::Rc;
use timeline_core::i18n::{self, Catalogue, Locale, Plural, PSEUDO};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Plural forms and digits from the browser's `Intl` (CLDR, as the native side uses).
/// Each `Intl` object is made the first time it is needed: making one loads the
/// browser's locale data, tens of milliseconds of a phone's start otherwise.
struct WebLocale {
    code: String,
    rules: OnceCell<js_sys::Intl::PluralRules>,
    format: OnceCell<js_sys::Function>,
}

impl WebLocale {
    fn new(code: &str) -> WebLocale {
        WebLocale {
            code: code.to_string(),
            rules: OnceCell::new(),
            format: OnceCell::new(),
        }
    }

    fn locales(&self) -> js_sys::Array {
        js_sys::Array::of1(&JsValue::from_str(&self.code))
    }
}

impl Locale for WebLocale {
    fn plural(&self, n: f64) -> Plural {
        let rules = self.rules.get_or_init(|| {
            js_sys::Intl::PluralRules::new(&self.locales(), &js_sys::Object::new())
        });
        match String::from(rules.select(n)).as_str() {
            "zero" => Plural::Zero,
            "one" => Plural::One,
            "two" => Plural::Two,
            "few" => Plural::Few,
            "many" => Plural::Many,
            _ => Plural::Other,
        }
    }
    fn number(&self, n: f64) -> String {
        // A whole number under 1,000 has no separators in any language, in Western
        // digits: the same as Intl writes, without Intl.
        if n.fract() == 0.0 && (0.0..1000.0).contains(&n) {
            return i18n::plain_number(n);
        }
        let format = self.format.get_or_init(|| {
            // Western digits in every language, as the dataset's own dates are written.
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"numberingSystem".into(), &"latn".into());
            js_sys::Intl::NumberFormat::new(&self.locales(), &options).format()
        });
        format
            .call1(&JsValue::NULL, &JsValue::from_f64(n))
            .ok()
            .and_then(|s| s.as_string())
            // Intl always answers; were it to fail, English digits (no float formatting
            // in the app's code).
            .unwrap_or_else(|| i18n::plain_number(n))
    }
}

/// The browser's languages, in its order of preference.
fn browser() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default()
}

/// The interface language for a link asking for `link` and a dataset written in `data`.
pub fn wanted(link: Option<&str>, data: Option<&str>) -> &'static str {
    let browser = browser();
    i18n::pick(
        link.into_iter()
            .chain(data)
            .chain(browser.iter().map(String::as_str)),
    )
}

/// The language to start in: the link's, if there is a catalogue for it, else the page's
/// own (what the build wrote in `<html lang>`: the bundled timeline's language).
pub fn at_start() -> &'static str {
    let link = crate::first::url::search();
    let asked = timeline_core::urlstate::parse_query(&link).0.lang;
    let page = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default();
    i18n::pick(asked.as_deref().into_iter().chain([page.as_str()]))
}

/// Speaks `code` from now on: fetches its catalogue unless it is built in, installs it and
/// marks the page. A catalogue that cannot be fetched or read leaves the language as it
/// was, and says why.
pub async fn speak(code: &'static str) -> Result<(), String> {
    if code != i18n::lang() || !i18n::ready() {
        let catalogue = match code {
            PSEUDO => Catalogue::pseudo_of(Catalogue::parse("en", &fetch_catalogue("en").await?)?),
            _ => Catalogue::parse(code, &fetch_catalogue(code).await?)?,
        };
        let locale_code = if code == PSEUDO { "en" } else { code };
        i18n::install(catalogue, Rc::new(WebLocale::new(locale_code)));
    }
    mark_page();
    Ok(())
}

/// As [`speak`]; a catalogue that does not arrive leaves the interface as it is, with a
/// line in the console (the page stays usable in the language it has).
pub async fn speak_or_warn(code: &'static str) {
    if let Err(e) = speak(code).await {
        web_sys::console::warn_1(&format!("The interface stays in {}: {e}", i18n::lang()).into());
    }
}

/// `<html lang dir>` for the language in use (the pseudo-language reads as English).
pub fn mark_page() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let code = i18n::lang();
    let _ = root.set_attribute("lang", if code == PSEUDO { "en" } else { &code });
    let _ = root.set_attribute("dir", if i18n::rtl() { "rtl" } else { "ltr" });
}

async fn fetch_catalogue(code: &str) -> Result<String, String> {
    let folder = js_sys::Reflect::get(&js_sys::global(), &"__appDir".into())
        .ok()
        .and_then(|d| d.as_string())
        .unwrap_or_default();
    let url = format!("{folder}lang/{code}.ftl");
    let window = web_sys::window().ok_or("no window")?;
    let failed = |e: JsValue| format!("{url}: {e:?}");
    let resp: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(failed)?
        .unchecked_into();
    if !resp.ok() {
        return Err(format!("{url}: HTTP {}", resp.status()));
    }
    let text = JsFuture::from(resp.text().map_err(failed)?)
        .await
        .map_err(failed)?;
    text.as_string().ok_or_else(|| format!("{url}: not text"))
}

/// Bumped when the interface changes language: the app draws itself again in it.
#[derive(Clone, Copy)]
pub struct Redraw(pub leptos::prelude::RwSignal<u32>);

/// A click in the language menu (`timeline_core::render::lang`, in the header's markup):
/// a globe that opens the interface's languages by their own names. Opening it writes
/// the view's address into its links (a link opened in a new tab loads the page in that
/// language); choosing one speaks it at once, keeps it in the address (`lang=`, so a
/// shared link keeps it) and draws the app again in it, with the view the address
/// holds. `true` when the click was the menu's.
pub fn menu_click(ev: &web_sys::MouseEvent, redraw: Option<Redraw>) -> bool {
    use leptos::prelude::{document, Update};
    let Some(target) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    let Ok(Some(menu)) = target.closest(".lang-pick") else {
        return false;
    };
    if target.closest("button").ok().flatten().is_some() {
        // Opening: the links take the view's address as it is now.
        if let Ok(links) = menu.query_selector_all("a[hreflang]") {
            for k in 0..links.length() {
                if let Some(a) = links
                    .get(k)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    let code = a.get_attribute("hreflang").unwrap_or_default();
                    let _ = a.set_attribute("href", &address_with(&code));
                }
            }
        }
        return true;
    }
    if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
        return true;
    }
    let Some(link) = target.closest("a[hreflang]").ok().flatten() else {
        return true;
    };
    let wanted = link.get_attribute("hreflang").unwrap_or_default();
    let Some(&(code, _, _)) = i18n::LANGS.iter().find(|(c, _, _)| *c == wanted) else {
        return true;
    };
    ev.prevent_default();
    if let Some(list) = document()
        .get_element_by_id("lang-list")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = list.hide_popover();
    }
    leptos::task::spawn_local(async move {
        speak_or_warn(code).await;
        keep_in_address(code);
        if let Some(Redraw(r)) = redraw {
            r.update(|n| *n += 1);
            // The menu is drawn anew: focus goes back to its button.
            leptos::prelude::request_animation_frame(|| {
                if let Some(el) = document()
                    .get_element_by_id("lang-menu")
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
            });
        }
    });
    true
}

/// This page's address with `lang=code`.
fn address_with(code: &str) -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .and_then(|href| web_sys::Url::new(&href).ok())
        .map(|url| {
            url.search_params().set("lang", code);
            url.href()
        })
        .unwrap_or_else(|| format!("?lang={code}"))
}

/// `lang=code` in the address, without a new history entry.
fn keep_in_address(code: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address_with(code)));
    }
}

//! Entry point: installs the panic hook (a panic shows an error panel, never a white
//! page) and mounts the app. Nothing else lives here.

fn main() {
    std::panic::set_hook(Box::new(|info| {
        purge_timeline::report_panic(&info.to_string())
    }));
    purge_timeline::mount();
}

# The header: the timeline's title and the view tools.

# A period in the "Jump to" menu: its name and its dates, "The Great Purge (Aug 1936–Nov 1938)".
header-period = { $label } ({ $span })
# Accessible name of the row of view tools.
header-tools = View
# Button that shows the filters on a phone.
header-filters = Filters
header-jump-label = Jump to a period
header-jump = Jump to…
# The window the timeline's author chose to open on.
header-jump-default = The core of the story
header-jump-all = Everything
header-list = List
header-list-title = Show the events as a list (L); press again for the timeline
header-compare = Compare
header-compare-title = Compare what each source says, event by event (C); press again for the timeline
header-zoom = Zoom
header-zoom-in = Zoom in
header-zoom-in-title = Zoom in (+)
header-zoom-out = Zoom out
header-zoom-out-title = Zoom out (−)
header-fit-all = Fit all
header-fit-all-title = Show everything (0)
# Opens the dialog about the source documents.
header-sources = Sources
header-tours = Tours
header-activities = Activities
header-activities-title = Class activities from the sources: put events in order, who says so, corroborate
# Hides the events after the current one, to reveal them one at a time in class.
header-reveal = Reveal
header-reveal-title = Hide every event after the current one (R)
header-theme = Colour theme
header-theme-light = Light
header-theme-dark = Dark
header-theme-contrast = High contrast
# Projection mode: large type for a classroom projector.
header-project = Project
header-project-exit = Exit projection
header-project-title = Projection mode for the classroom (P)
header-share = Share
# The filters under the header.

filters-search = Search events
filters-search-placeholder = Search events, people, sources  ( / )
# How many events pass the filters: $n of them, out of $all ("95 events").
filters-match-count = { $n ->
    [one] { $n } of { $all } matches
   *[other] { $n } of { $all } match
}
# Opens a list of people to filter by.
filters-by-person = By person
filters-by-source = By source
# Toggle: only the events where the source documents disagree (followed by their number).
filters-differ = Sources differ{ " " }
filters-differ-title = Only the events where the source documents disagree
# What to do with the events that do not pass the filters.
filters-unmatched = Events that do not match
filters-dim = Dim others
filters-hide = Hide others
filters-clear = Clear filters
filters-categories = Categories: show events in any selected
filters-no-match = No event matches these filters.
# Opening a class's own timeline file, and the line that says where a timeline comes from.

open-button = Open…
open-busy = Opening…
open-label = Open a timeline file
open-title = Open a timeline file from this device: this app's JSON, TimelineJS JSON, or a spreadsheet saved as CSV (or drop the file on the page)
origin-label = Where this timeline comes from
# $path is a file's address on this site, "data/class.json".
origin-site = Timeline from { $path } on this site.
# $host is another website, "example.org".
origin-web = This timeline comes from { $host }, not from this site: its content is its authors'.
# $file is the name of a file the reader opened.
origin-file = Your file “{ $file }”, opened on this device: nothing was uploaded, and links to it open the default timeline elsewhere.
origin-download = Download…
origin-back = Back to the default timeline
# While the timeline loads.

loading-timeline = Loading the timeline…
# How far loading has come: events read so far, of all of them.
loading-events = { $total ->
    [one] { $n } of { $total } event read
   *[other] { $n } of { $total } events read
}
# $amount is a number of megabytes, "1.5".
loading-megabytes = { $amount } MB
# $got and $all are sizes such as "1.5 MB".
loading-bytes-of = { $got } of { $all }
loading-bytes = { $got } received
# Why a file could not be read (these end a sentence such as "Could not load …: ").
load-request-failed = the request failed
load-not-utf8 = the file is not UTF-8 text
load-import-missing = the part of the app that reads this file did not arrive
# Parts of the app that arrive on demand, and notices.

app-not-loaded = The timeline could not be loaded…
# Closes the notices about a link's parts that were ignored.
app-dismiss = Dismiss
app-loading-list = Loading the list…
app-loading-activity = Loading the activity…
app-loading-compare = Loading the comparison…
app-loading = Loading…
# The overview strip at the bottom of the timeline.
overview-title = Overview: drag the highlighted window to move, drag its edges to zoom
# Links for keyboard users at the top of the page.
skip-timeline = Skip to the timeline
skip-event = Skip to the open event
# The strip: a button that stands for several events too close together to show. $from is
# a date; $hits how many of them pass the filters.
cluster-more = { $n ->
    [one] { $n } more event from { $from }: zoom in to see it
   *[other] { $n } more events from { $from }: zoom in to see them
}
cluster-more-matching = { $n ->
    [one] { $n } more event from { $from }, { $hits } of them matching the filters; zoom in to see it
   *[other] { $n } more events from { $from }, { $hits } of them matching the filters; zoom in to see them
}
# Above a cluster: how many of its events match ("3 matching"), when no single category names them.
cluster-matching = matching
# Buttons at the strip's edges: matching events beyond the window.
edge-earlier = { $n ->
    [one] { $n } matching event earlier: show the nearest
   *[other] { $n } matching events earlier: show the nearest
}
edge-later = { $n ->
    [one] { $n } matching event later: show the nearest
   *[other] { $n } matching events later: show the nearest
}
strip-eras = Periods on screen
strip-label = Timeline: scroll or pinch to zoom, drag to pan, + and − keys zoom, arrow keys pan
strip-events = Events in time order
# The panel shown when the app has stopped working.
fatal-title = The timeline stopped working
fatal-text = Something went wrong inside the app. Reloading the page usually helps; if it happens again, please tell whoever shared this timeline (the browser's console has the details).
# The page's own notes, shown when the interactive timeline cannot start.
page-reload = Reload
page-no-wasm = This device does not run WebAssembly, which the interactive timeline needs: every event, its sources and the list can still be read here (zooming, filtering and search cannot).
page-offline-readable = This device is offline and the interactive timeline has not been stored on it yet: what is shown here can still be read.
page-cannot-start-readable = The interactive timeline could not start here: every event, its sources and the list can still be read (zooming, filtering and search need it). Reloading the page usually helps.
page-start-title = The timeline could not start
page-start-offline = This device is offline and the app has not been stored on it yet. Reload the page once the connection is back.
page-start-missing = Part of the app did not arrive from the server. Reloading the page usually helps.
# A bar offering a new version of the app; followed by a "reload" button.
page-update = A new version is available —{ " " }
page-update-reload = reload

# The dialogs.

# The sources dialog's title for $n documents ("The five sources").
sources-title = { $n ->
    [0] Sources
    [1] The source
    [2] The two sources
    [3] The three sources
    [4] The four sources
    [5] The five sources
    [6] The six sources
    [7] The seven sources
    [8] The eight sources
    [9] The nine sources
    [10] The ten sources
   *[other] The sources
}
sources-intro = Events cite the documents below. Where they disagree, the event says so.
# Labels in a document's card.
sources-kind = Kind
sources-covers = Covers
sources-speaks-of = Speaks of
# Accessible name of a document's density strip: $from and $to are years, $speaks "18 events, 1928–1937".
sources-coverage = Where in { $from }–{ $to } it speaks: { $speaks }
sources-show-events = { $n ->
    [one] Show the { $n } event it speaks of
   *[other] Show the { $n } events it speaks of
}
sources-reading = Further reading it lists or quotes

# Dialog titles.
dialog-download = Download this timeline
dialog-activities = Class activities
dialog-share = Share this view
dialog-tours = Guided tours
dialog-people = Filter by people
dialog-source-filter = Filter by source document
# Share dialog.
share-note = This link opens the same event, filters and time window on any device.
share-link = Link to this view
share-copy = Copy link
share-copied = Link copied to the clipboard.
share-blocked = Copying was blocked: the link is selected, press Ctrl+C (⌘C) to copy it.
share-selected = The link is selected: press Ctrl+C (⌘C) to copy it.
share-qr = QR code of the link
share-too-long = This link is too long for a QR code.
# Followed by a "Download…" button.
share-download-lead = To keep the timeline itself, or take it to TimelineJS or a spreadsheet:{ " " }
# Download dialog.
download-intro = { $n ->
    [one] All { $n } event of the timeline on screen, whatever the filters show, as a file to keep, to open here again (Open…) or to take to TimelineJS.
   *[other] All { $n } events of the timeline on screen, whatever the filters show, as a file to keep, to open here again (Open…) or to take to TimelineJS.
}
# The three formats a timeline can be downloaded in, and what each is for.
download-choice = { $format ->
    [ours] This app's JSON
    [timelinejs] TimelineJS JSON
   *[csv] Spreadsheet (CSV)
}
download-what = { $format ->
    [ours] everything: sources, citations, disagreements, tours
    [timelinejs] opens in TimelineJS; sources and disagreements become lines of text
   *[csv] TimelineJS's spreadsheet template, for Google Sheets or Excel
}
# $file is the downloaded file's name.
download-saved = Saved as “{ $file }”.
download-refused = The browser did not accept the file: try another browser.
download-missing = The part of the app that writes files could not be fetched: check the connection and try again.
# Tours dialog.
tours-intro = Step through with → and ←, Space, Page Up/Down, or a presentation clicker. Each step is a link.
# Filter pickers.
people-intro = Show the events of any person ticked.
people-find = Find a person
people-find-placeholder = Find a person (any spelling)
source-filter-intro = Show the events that any document ticked speaks of.
pickers-untick = Untick all
pickers-done = Done
tours-start = { $n ->
    [one] Start ({ $n } step)
   *[other] Start ({ $n } steps)
}

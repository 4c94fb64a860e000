# Taking a timeline to TimelineJS or a spreadsheet: what is written into the events' text,
# and what has no place there. $n counts events.
export-citations = { $n ->
    [one] The citations of { $n } event are written into their text (TimelineJS has no sources).
   *[other] The citations of { $n } events are written into their text (TimelineJS has no sources).
}
export-disputes = { $n ->
    [one] The disputes of { $n } event are written into their text (where the sources differ).
   *[other] The disputes of { $n } events are written into their text (where the sources differ).
}
export-notes = { $n ->
    [one] The editors' notes of { $n } event are written into their text (TimelineJS has no notes).
   *[other] The editors' notes of { $n } events are written into their text (TimelineJS has no notes).
}
export-people-of = { $n ->
    [one] The people of { $n } event are written into their text (TimelineJS has no people).
   *[other] The people of { $n } events are written into their text (TimelineJS has no people).
}
export-categories = { $n ->
    [one] The categories after the first of { $n } event are written into their text (TimelineJS gives an event one group).
   *[other] The categories after the first of { $n } events are written into their text (TimelineJS gives an event one group).
}
export-circa = { $n ->
    [one] { $n } approximate date with a display date of its own loses the "circa" mark (the display date is kept).
   *[other] { $n } approximate dates with a display date of their own lose the "circa" mark (the display date is kept).
}
export-left-sources = the list of sources ({ $n }, written into the title's text)
export-left-people = the people's roles and aliases ({ $n })
export-left-tours = the tours ({ $n })
export-left-categories = the categories' colours, symbols and descriptions
export-left-eras = the eras' notes and sources
export-left-window = the window the timeline opens on
# $what is a list of the export-left-* above.
export-no-place = TimelineJS has no place for { $what }.
export-sheet-ids = A spreadsheet has no column for event ids: importing it again names events from their titles.
# Lines written into an exported event's text.
export-also-in = Also in: { $names }.
export-people = People: { $names }.
export-sources-say = What the sources say:
export-citation = { $source } ({ $section }, paragraph { $paragraph }): { $says }
# $claims are the values, each with the documents that give it.
export-differ = Sources differ on { $about }: { $claims }.
export-note = Editors' note: { $note }
# Heads the list of sources written into the title's text.
export-sources = Sources:

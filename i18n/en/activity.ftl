# The class activities.

# What each activity asks of the students (the activities dialog).
activity-about = { $kind ->
    [order] Events without their dates, to put in the order they began.
    [sources] Claims from the documents: which document makes each one?
   *[corroborate] The open event's claims, document by document: which do other documents confirm, which do they contradict, which does one document alone make?
}
activity-open-first = Open an event first: its panel has “Corroborate the sources”.
# $title is the open event's title.
activity-open-event = The open event: { $title }.
activity-dealt-from = { $n ->
    [one] Dealt from the { $n } event the filters show.
   *[other] Dealt from the { $n } events the filters show.
}
# $title is an activity's name.
activity-start = Start “{ $title }”
activity-intro = Built from the documents and the filters in use. Each set is a link: share it and every student gets the same cards, to do on their own device. Nothing is sent anywhere.
# Followed by a number to choose.
activity-size = Cards or questions per set{ " " }
# What to do, at the head of each activity.
activity-how = { $kind ->
    [order] Put the events in the order they began, earliest first. Drag a card by its handle, use its ↑ and ↓ buttons, or focus a card, press Space to pick it up, move it with the arrow keys and press Space to put it down.
    [sources] Each claim below is made by one document only. Choose the document that makes it.
   *[corroborate] Sort each claim a document makes about this event: does another document give the same, does another give something different, or is it found in this document only? Then mark the documents that say nothing about the event.
}
# What a set was dealt from. $filters are the filters in use, "Army; Sources differ".
activity-of-all = { $n ->
    [one] the { $n } event
   *[other] all { $n } events
}
activity-of-shown = { $n ->
    [one] the { $n } event shown ({ $filters })
   *[other] the { $n } events shown ({ $filters })
}
# $of is one of the two messages above.
activity-scope-order = { $n ->
    [one] { $n } event from { $of }.
   *[other] { $n } events from { $of }.
}
activity-scope-sources = { $n ->
    [one] { $n } claim from { $of }.
   *[other] { $n } claims from { $of }.
}
# An event with its date: "Kirov assassinated (1 Dec 1934)".
activity-event = { $title } ({ $date })
activity-change-filters = Change the filters, or go back to the timeline.
# In projection: how many answers the clicker has revealed.
activity-answers-shown = Answers shown: { $n } of { $total } (Page Down shows the next)
activity-new-set = New set
activity-print = Print worksheet
activity-back = Back to the timeline
activity-check = Check
# Putting events in order. $title is an event's title, $position its place, $total the cards.
order-put-down = { $title } put down at position { $position } of { $total }.
order-picked-up = { $title } picked up, at position { $position } of { $total }. Move it with the arrow keys, put it down with Space.
order-put-back = { $title } put back at position { $position } of { $total }.
order-moved = { $title } moved to position { $position } of { $total }.
order-right-place = In the right place
order-belongs-at = It belongs at position { $position }
order-move-up = Move “{ $title }” up
order-move-down = Move “{ $title }” down
# A card's accessible name.
order-card = { $title }, position { $position } of { $total }
order-drag = Drag to move
order-help = Space picks a card up or puts it down; the arrow keys move it; Escape puts it back.
# Corroborating: where a claim belongs, said of it once checked.
corroborate-verdict = { $bin ->
    [agrees] It agrees with another document.
    [differs] It differs from another document.
   *[only] It is found in this document only.
}
corroborate-silent-question = Which documents say nothing about this event?
corroborate-also-said = Also said about it (not sorted: the records do not say whether the other documents agree)
# Who says so? After the student's choice; then the document's name.
sources-right = Right:{ " " }
sources-wrong = Not that one:{ " " }
sources-said-by = said by{ " " }
# Followed by the other documents' versions of the claim.
sources-other-versions = Other versions:{ " " }
# The printed worksheet and its answer key.
sheet-order-how = Number the events in the boxes in the order they began, 1 for the earliest.
sheet-position = Position
sheet-which-document = Which document says so?
sheet-sources-how = Each claim is made by one document only. Write which. The documents:
sheet-the-event = The event: { $title } ({ $date }).
sheet-corroborate-how = Tick where each claim belongs: another document agrees, another differs, or it is found in this document only.
sheet-silent-how = Tick the documents that say nothing about the event:
# Blanks for the student to fill in.
sheet-name = Name
sheet-date = Date
# $address is the link to the same set.
sheet-same-set = The same set on screen: { $address }
# $title is the activity's name.
sheet-answer-key = Answer key: { $title }
# Corroborating: the three places a claim can go.
bin-label = { $bin ->
    [agrees] agrees with another document
    [differs] differs
   *[only] only in this document
}
# Why a claim belongs where it does, from the records. $name and $who are documents
# ($n how many), $value and $values what they give, $about what is disputed.
explain-only = No other document speaks of this event: only { $name } does.
explain-together = { $n ->
    [2] { $who } both give “{ $value }” for “{ $about }”.
   *[other] { $who } all give “{ $value }” for “{ $about }”.
}
explain-gives = { $n ->
    [one] { $who } gives { $values }
   *[other] { $who } give { $values }
}
explain-alone = No other document gives a value for “{ $about }”: { $name } gives { $values }.
# $others is a list of explain-gives, joined by "; ".
explain-value = { $name } gives “{ $value }” for “{ $about }”; { $others }.
explain-silent = Nothing in { $name } speaks of this event.
explain-speaks-at = { $name } speaks of this event ({ $section }, paragraph { $paragraph }).
explain-speaks = { $name } speaks of this event.
# Who says so? Where a document says it: "The Purges, paragraph 3".
answer-place = { $section }, paragraph { $paragraph }
# Another document's version of a claim; $n is how many documents give it.
other-version = { $n ->
    [one] { $who } gives “{ $value }”.
   *[other] { $who } give “{ $value }”.
}
# The activities' names.
activity-title = { $kind ->
    [order] Put them in order
    [sources] Who says so?
   *[corroborate] Corroborate
}
# The score once checked.
score-right = { $n } of { $total } right
score-in-place = { $n } of { $total } in the right place
# Why an activity cannot run.
activity-unavailable = { $why ->
    [no-events] There are no events to put in order.
    [undated] The dates of the events shown cannot tell which came first: ordering needs at least two events whose dates clearly differ.
    [no-sources] This activity needs a timeline with at least two source documents.
    [no-citations] This activity needs events that cite their source documents.
    [no-questions] None of the events shown has a claim that exactly one document makes.
    [no-such-event] There is no such event in this timeline.
   *[uncited] This event cites no source document, so there is nothing to corroborate.
}
# A link from an activity to an event's panel.
activity-open = Open “{ $title }”

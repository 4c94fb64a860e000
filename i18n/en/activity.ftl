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

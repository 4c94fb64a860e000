# The event panel.

# Buttons of the panel's bar: the event before and after in time order.
panel-previous = Previous
panel-next = Next
# Where the open event stands when the filters leave it out.
panel-not-in-filter = not in filter
# Accessible name of the ✕ button of a panel or a dialog.
close-escape = Close (Escape)
# The list view: a mark on events where the source documents disagree.
list-differ = sources differ
# The body of the event panel.

# Where a document says it: "Section “Summary of Event”, paragraph 3".
panel-locator = Section “{ $section }”, paragraph { $paragraph }
panel-differ = Sources differ
# After a disputed value: the documents that give it.
panel-according-to = according to { $who }
panel-note = Editors’ note:{ " " }
panel-sources-heading = What the sources say ({ $n })
panel-people = People
# Tooltip of a person's button; $name is the person.
panel-person-title = Show only events involving { $name }
panel-related = Related events
panel-link = Link to this event
panel-corroborate = Corroborate the sources
# A document's provenance, folded under its card.
provenance-summary = About this document
provenance-field = { $field ->
    [author] Author or publisher
    [date] Date
    [audience] Written for
    [purpose] Purpose
   *[based-on] Based on
}
# Names of the parts of an event, shown on a projected slide's pages ("sources differ 2/5").
part-summary = summary
part-differ = sources differ
part-note = editors’ note
part-sources = sources
# Media of a class's own timeline (images, videos, quotations, links). Nothing is loaded
# from another site until the reader asks. $what is "image" or "video"; $host a website.
media-consent = { $what ->
    [image] Image
   *[video] Video
} from { $host }. Nothing is loaded from that site until you ask.
media-show = { $what ->
    [image] Show the image
   *[video] Show the video
}
# What a screen reader says for an image or video that has no description.
media-from-label = { $what ->
    [image] Image
   *[video] Video
} from { $host }
media-always = Always show media from this timeline
media-another-site = another site
# A link card to a Wikipedia article: $lang is its language code, $article its title.
media-wikipedia = Wikipedia ({ $lang }): { $article }
media-link = Link: { $host }
# $reason is one of the media-* reasons below.
media-refused = The file's media is not shown: { $reason }
# In a printed handout: "Image (upload.wikimedia.org)".
media-line = { $what ->
    [image] Image
    [video] Video
   *[link] Link
} ({ $host })
# Why a media item is not shown. $address is what the file gives.
media-no-address = The media has no address.
media-nothing = The media has no address or quotation.
media-spaces = The address "{ $address }" has spaces in it.
media-relative = The relative address "{ $address }" is not shown: the file's own address is not known to find it from (write the full https:// address).
media-insecure = The address { $address } is not secure (http://): only https:// media are shown.
media-scheme = A "{ $scheme }:" address is not shown.
media-unusable = "{ $address }" is not a usable address.
# Shown in place of media. $host is a website.
media-offline = { $what ->
    [image] You are offline: this image is on { $host } and needs the network.
   *[video] You are offline: this video is on { $host } and needs the network.
}
media-failed = The image could not be loaded from { $host }.
part-media = media
# A guided tour's box above the event.
tour-label = Tour
tour-step = Step { $number } of { $total }
tour-filters = Your filters stay on: steps outside them are shown too.
tour-end = End tour
part-tour = tour
media-iframe = An embedded frame (<iframe>) from the file is not shown.
# $tag is an HTML tag's name.
media-markup = Markup (<{ $tag }>) in the media's address is not shown.

package dev.storywire.server;

import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import dev.storywire.model.SearchHit;
import dev.storywire.model.SharedAnchor;
import dev.storywire.model.Story;
import dev.storywire.model.StoryMember;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Renders the HTML pages. Pure: values in, markup out; all text escaped by {@link Html}. */
final class Pages {

  /** An item of the feed with the story it belongs to, if any. */
  record FeedEntry(Item item, @Nullable String storyId) {}

  /** A story member with its full item, or null when the reader no longer has it. */
  record MemberView(StoryMember member, @Nullable Item item) {}

  private Pages() {}

  /** The flash feed: newest first, one line each. */
  static String flash(List<FeedEntry> entries) {
    Html body = new Html();
    body.element("h1", "Latest");
    if (entries.isEmpty()) {
      body.element("p", "Nothing has arrived yet.");
    }
    body.open("ol", "class", "feed");
    for (FeedEntry entry : entries) {
      feedEntry(body, entry);
    }
    body.close("ol");
    return Layout.page("Latest", null, body);
  }

  private static void feedEntry(Html body, FeedEntry entry) {
    Item item = entry.item();
    String time = ItemView.shownTime(item);
    body.open("li").open("p", "class", "meta");
    body.element("time", Times.readable(time), "datetime", time).text(" ");
    ItemView.languageBadge(body, item.lang());
    body.element("span", item.kind().wireName(), "class", "badge").close("p");
    String href = entry.storyId() == null ? itemHref(item.id()) : storyHref(entry.storyId(), item.id());
    body.openText("a", item.lang(), "href", href).text(item.title()).close("a");
    if (!item.summary().isBlank()) {
      body.textElement("span", item.lang(), item.summary(), "class", "lede");
    }
    body.close("li");
  }

  /** A story: its facts, then every member in full, each followed by the evidence that joined it. */
  static String story(Story story, List<MemberView> members) {
    Html body = new Html();
    @Nullable String titleLang = members.isEmpty() ? null : members.getFirst().member().lang();
    body.textElement("h1", titleLang, story.title());
    body.open("dl", "class", "facts");
    fact(body, "Languages", String.join(", ", story.languages()));
    fact(body, "Event dates", story.eventDates().isEmpty() ? "unknown" : String.join(", ", story.eventDates()));
    fact(body, "Updated", story.updated() == null ? "unknown" : Times.readable(story.updated()));
    fact(body, "Reports", Integer.toString(members.size()));
    body.close("dl");
    Map<String, StoryMember> byId = new HashMap<>();
    members.forEach(view -> byId.put(view.member().id(), view.member()));
    for (MemberView view : members) {
      member(body, view, byId);
    }
    return Layout.page(story.title(), null, body);
  }

  private static void member(Html body, MemberView view, Map<String, StoryMember> byId) {
    StoryMember member = view.member();
    if (view.item() != null) {
      ItemView.write(body, view.item());
    } else {
      body.openText("article", member.lang(), "class", "item", "id", ItemView.anchor(member.id()));
      body.textElement("h2", member.lang(), member.title());
      body.element("p", "This report is no longer available.", "class", "meta");
      body.close("article");
    }
    evidence(body, member.id(), member.membership(), byId);
  }

  /**
   * Why an item is in its story: score, the member it matched, duplicates, shared anchors.
   *
   * @param members the story's members by id, to name the matched item; may be empty
   */
  static void evidence(Html body, String itemId, Membership m, Map<String, StoryMember> members) {
    body.open("section", "class", "evidence", "aria-label", "Evidence for " + itemId);
    body.element("h3", "Why this report is here");
    body.open("dl", "class", "facts");
    fact(body, "Score", number(m.score()));
    if (m.founded()) {
      fact(body, "Role", m.joinedStory() == null ? "founded the story"
          : "founded story " + m.joinedStory() + ", since merged into this one");
    }
    if (!m.merged().isEmpty()) {
      fact(body, "Merged", "showed that " + String.join(", ", m.merged()) + " reported the same event; merged into this story");
    }
    if (m.matchedItem() != null) {
      body.element("dt", "Matched");
      memberLink(body, m.matchedItem(), members);
    }
    if (m.duplicateOf() != null) {
      body.element("dt", "Duplicate of");
      memberLink(body, m.duplicateOf(), members);
    }
    fact(body, "Text similarity", number(m.textSimilarity()));
    body.close("dl");
    if (!m.shared().isEmpty()) {
      body.open("table").open("thead").open("tr");
      body.element("th", "Shared").element("th", "Anchor").element("th", "Weight");
      body.close("tr").close("thead").open("tbody");
      for (SharedAnchor anchor : m.shared()) {
        body.open("tr").textElement("td", null, anchor.label()).element("td", anchor.anchor());
        body.element("td", number(anchor.weight())).close("tr");
      }
      body.close("tbody").close("table");
    }
    body.close("section");
  }

  /** A link to another member on the same page, named by its title when it is known. */
  private static void memberLink(Html body, String itemId, Map<String, StoryMember> members) {
    String href = "#" + ItemView.anchor(itemId);
    StoryMember other = members.get(itemId);
    body.open("dd");
    if (other == null) {
      body.element("a", itemId, "href", href);
    } else {
      body.openText("a", other.lang(), "href", href).text(other.title()).close("a").text(" (" + itemId + ")");
    }
    body.close("dd");
  }

  /** One item on its own page, for items reached outside a story. */
  static String item(Item item, @Nullable Membership membership) {
    Html body = new Html();
    ItemView.write(body, item);
    if (membership != null) {
      body.open("p").element("a", "Open its story", "href", storyHref(membership.storyId(), item.id())).close("p");
      evidence(body, item.id(), membership, Map.of());
    }
    return Layout.page(item.title(), null, body);
  }

  /**
   * Search results, or just the form when there is no query.
   *
   * @param query the query, or null when none was given
   */
  static String search(@Nullable String query, List<SearchHit> hits) {
    Html body = new Html();
    if (query == null) {
      body.element("h1", "Search");
      body.element("p", "Search every report, in any language: a name, a place, a number, a phrase.");
      return Layout.page("Search", null, body);
    }
    body.open("h1").text("Results for ").textElement("q", null, query).close("h1");
    if (hits.isEmpty()) {
      body.element("p", "No report matches.");
    }
    body.open("ol", "class", "feed");
    for (SearchHit hit : hits) {
      body.open("li");
      body.openText("a", hit.lang(), "href", storyHref(hit.storyId(), hit.itemId())).text(hit.title()).close("a");
      body.open("p", "class", "meta");
      ItemView.languageBadge(body, hit.lang());
      body.text("score " + number(hit.score())).close("p").close("li");
    }
    body.close("ol");
    return Layout.page("Search: " + query, query, body);
  }

  /** An error page: the status and a message for people. Never exception text. */
  static String error(int status, String message) {
    Html body = new Html();
    body.element("h1", status == 404 ? "Not found" : "Error " + status);
    body.element("p", message);
    body.open("p").element("a", "Back to the latest news", "href", "/").close("p");
    return Layout.page(status == 404 ? "Not found" : "Error " + status, null, body);
  }

  /** The page a merged-away story's address answers with (a redirect to it, for clients that do not follow). */
  static String merged(String storyId, String survivorId) {
    Html body = new Html();
    body.element("h1", "Story merged");
    body.open("p").text("Story " + storyId + " turned out to report the same event as another story and was merged into ")
        .element("a", "this story", "href", storyHref(survivorId)).text(".").close("p");
    return Layout.page("Story merged", null, body);
  }

  static String storyHref(String storyId) {
    return "/story/" + Html.pathSegment(storyId);
  }

  static String storyHref(String storyId, String itemId) {
    return "/story/" + Html.pathSegment(storyId) + "#" + ItemView.anchor(itemId);
  }

  static String itemHref(String itemId) {
    return "/item/" + Html.pathSegment(itemId);
  }

  private static void fact(Html body, String name, String value) {
    body.element("dt", name).element("dd", value);
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}

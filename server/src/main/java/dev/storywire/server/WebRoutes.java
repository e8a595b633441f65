package dev.storywire.server;

import dev.storywire.model.Item;
import dev.storywire.model.SearchHit;
import dev.storywire.model.Story;
import dev.storywire.model.StoryMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The HTML pages: the flash feed, story pages, item pages and search. */
final class WebRoutes {

  private final NewsReader reader;

  WebRoutes(NewsReader reader) {
    this.reader = reader;
  }

  void register(Router router) {
    router
        .get("/", this::flash)
        .get("/story/{id}", this::story)
        .get("/item/{id}", this::item)
        .get("/search", this::search);
  }

  private Response flash(Request request) {
    List<Pages.FeedEntry> entries = new ArrayList<>();
    for (Item item : reader.latest(request.limit())) {
      String storyId = reader.membership(item.id()).map(m -> m.storyId()).orElse(null);
      entries.add(new Pages.FeedEntry(item, storyId));
    }
    return Response.html(200, Pages.flash(entries));
  }

  private Response story(Request request) {
    String id = Lookups.id(request);
    Optional<Story> found = reader.story(id);
    if (found.isEmpty()) {
      // A story merged into another: its old address leads there (temporarily: a split may undo it).
      String survivor = reader.mergedInto(id)
          .orElseThrow(() -> HttpProblem.notFound("There is no story at this address."));
      return Response.html(302, Pages.merged(id, survivor)).withHeader("Location", Pages.storyHref(survivor));
    }
    Story story = found.get();
    List<Pages.MemberView> members = new ArrayList<>();
    for (StoryMember member : story.members()) {
      members.add(new Pages.MemberView(member, reader.item(member.id()).orElse(null)));
    }
    return Response.html(200, Pages.story(story, members));
  }

  private Response item(Request request) {
    String id = Lookups.id(request);
    Item item = reader.item(id).orElseThrow(() -> HttpProblem.notFound("There is no report at this address."));
    return Response.html(200, Pages.item(item, reader.membership(id).orElse(null)));
  }

  private Response search(Request request) {
    Optional<String> query = Lookups.optionalQuery(request);
    List<SearchHit> hits = query.isPresent() ? reader.search(query.get(), Limits.SEARCH_PAGE_HITS) : List.of();
    return Response.html(200, Pages.search(query.orElse(null), hits));
  }
}

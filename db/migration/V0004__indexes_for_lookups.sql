-- Indexes for the repositories' lookups, so that finding one issue, one page's articles, a publication's
-- articles or an article's history costs the same with ten issues on file as with ten thousand.
-- (Already served by existing keys: article by issue (article_issue), revisions by article (primary key),
-- pages by issue (unique issue_id, page_number), publications by issue (unique issue_id, version),
-- a publication's articles (primary key).)

-- The page editor and every structure operation: the live articles of one page, in order.
create index article_page on article (page_id, position, id) where merged_into is null;

-- Articles merged into another one (history, and the foreign key's own checks).
create index article_merged_into on article (merged_into) where merged_into is not null;

-- Which publications hold an article (its foreign key to the revision, and "was this article published").
create index publication_article_revision on publication_article (article_id, revision);

-- The audit trail of one thing (an article, an issue, a user), newest first.
create index audit_event_target on audit_event (target, id desc);

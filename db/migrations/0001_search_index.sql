-- Full-text search over articles. The index holds normalised terms only
-- (contentless): search_text() is lib/arabic-search.ts, registered on every
-- connection by db/client.ts, so index and query spell words the same way.
-- Triggers keep it in the same transaction as the write that changed the article.
CREATE VIRTUAL TABLE `article_search` USING fts5(
	title, excerpt, body,
	content='', contentless_delete=1,
	tokenize='unicode61 remove_diacritics 0'
);
--> statement-breakpoint
INSERT INTO `article_search`(rowid, title, excerpt, body)
	SELECT id, search_text(title), search_text(excerpt), search_text(body) FROM `articles`;
--> statement-breakpoint
CREATE TRIGGER `articles_search_insert` AFTER INSERT ON `articles` BEGIN
	INSERT INTO `article_search`(rowid, title, excerpt, body)
		VALUES (new.id, search_text(new.title), search_text(new.excerpt), search_text(new.body));
END;
--> statement-breakpoint
CREATE TRIGGER `articles_search_update` AFTER UPDATE OF title, excerpt, body ON `articles` BEGIN
	DELETE FROM `article_search` WHERE rowid = old.id;
	INSERT INTO `article_search`(rowid, title, excerpt, body)
		VALUES (new.id, search_text(new.title), search_text(new.excerpt), search_text(new.body));
END;
--> statement-breakpoint
CREATE TRIGGER `articles_search_delete` AFTER DELETE ON `articles` BEGIN
	DELETE FROM `article_search` WHERE rowid = old.id;
END;

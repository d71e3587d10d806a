-- A story is also found by the names of its tags (a column `tags`), and by the
-- light stems of its words (a column `stems`, lib/text/arabic-stem.ts: «محطة»
-- finds «محطات»); the index is refilled, so the spelling table
-- (lib/text/name-variants.ts) applies to every story. One view says what the
-- index holds for a story; the index is refilled from it and every trigger
-- reindexes from it, so the triggers cannot disagree. Besides
-- the story's own text, its row changes when a tag is added to it or taken off
-- (article_tags) and when one of its tags is renamed (tags.name); a tag merge or
-- delete moves or removes article_tags rows and reaches the same triggers.
CREATE VIEW `article_search_source` AS
	SELECT id, search_text(title) AS title, search_text(excerpt) AS excerpt, search_text(body) AS body,
		search_text(tag_names) AS tags,
		search_stems(concat_ws(' ', title, excerpt, body, tag_names)) AS stems
	FROM (
		SELECT a.id, a.title, a.excerpt, a.body, coalesce((
			SELECT group_concat(t.name, ' ') FROM `article_tags` at JOIN `tags` t ON t.id = at.tag_id WHERE at.article_id = a.id
		), '') AS tag_names
		FROM `articles` a
	);
--> statement-breakpoint
DROP TABLE `article_search`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `article_search` USING fts5(
	title, excerpt, body, tags, stems,
	content='', contentless_delete=1,
	tokenize='unicode61 remove_diacritics 0',
	prefix='3 4'
);
--> statement-breakpoint
INSERT INTO `article_search`(rowid, title, excerpt, body, tags, stems) SELECT * FROM `article_search_source`;
--> statement-breakpoint
DROP TRIGGER `articles_search_insert`;
--> statement-breakpoint
CREATE TRIGGER `articles_search_insert` AFTER INSERT ON `articles` BEGIN
	INSERT INTO `article_search`(rowid, title, excerpt, body, tags, stems) SELECT * FROM `article_search_source` WHERE id = new.id;
END;
--> statement-breakpoint
DROP TRIGGER `articles_search_update`;
--> statement-breakpoint
CREATE TRIGGER `articles_search_update` AFTER UPDATE OF title, excerpt, body ON `articles` BEGIN
	DELETE FROM `article_search` WHERE rowid = old.id;
	INSERT INTO `article_search`(rowid, title, excerpt, body, tags, stems) SELECT * FROM `article_search_source` WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `article_tags_search_insert` AFTER INSERT ON `article_tags` BEGIN
	DELETE FROM `article_search` WHERE rowid = new.article_id;
	INSERT INTO `article_search`(rowid, title, excerpt, body, tags, stems) SELECT * FROM `article_search_source` WHERE id = new.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `article_tags_search_delete` AFTER DELETE ON `article_tags` BEGIN
	DELETE FROM `article_search` WHERE rowid = old.article_id;
	INSERT INTO `article_search`(rowid, title, excerpt, body, tags, stems) SELECT * FROM `article_search_source` WHERE id = old.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `tags_search_rename` AFTER UPDATE OF name ON `tags` BEGIN
	DELETE FROM `article_search` WHERE rowid IN (SELECT article_id FROM `article_tags` WHERE tag_id = new.id);
	INSERT INTO `article_search`(rowid, title, excerpt, body, tags, stems)
		SELECT s.* FROM `article_search_source` s JOIN `article_tags` at ON at.article_id = s.id WHERE at.tag_id = new.id;
END;

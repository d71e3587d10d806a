-- A second, small search index of each story's headline: its title, excerpt and tag
-- names, and their light stems. A search ranked by relevance scores its matches there.
-- BM25 first reads every story that holds each query word to learn the word's rarity;
-- in the whole-story index (article_search), where bodies make those lists long, that
-- read was most of a common query's time at 100,000 stories (37 of 40 ms for
-- «اهتمام واسع الرأي»); in the headline index it is a few milliseconds. The whole-story
-- index still decides what matches; db/queries/full-text.ts says how the two combine.
-- The view reads the stories' own text: stemming text already normalised would take
-- the article off twice («الالتزام»).
CREATE VIEW `headline_search_source` AS
	SELECT id, search_text(title) AS title, search_text(excerpt) AS excerpt, search_text(tag_names) AS tags,
		search_stems(concat_ws(' ', title, excerpt, tag_names)) AS stems
	FROM (
		SELECT a.id, a.title, a.excerpt, coalesce((
			SELECT group_concat(t.name, ' ') FROM `article_tags` at JOIN `tags` t ON t.id = at.tag_id WHERE at.article_id = a.id
		), '') AS tag_names
		FROM `articles` a
	);
--> statement-breakpoint
CREATE VIRTUAL TABLE `headline_search` USING fts5(
	title, excerpt, tags, stems,
	content='', contentless_delete=1,
	tokenize='unicode61 remove_diacritics 0',
	prefix='3 4 5 6'
);
--> statement-breakpoint
INSERT INTO `headline_search`(rowid, title, excerpt, tags, stems) SELECT * FROM `headline_search_source`;
--> statement-breakpoint
-- Every trigger that reindexes a story in article_search reindexes its headline too.
DROP TRIGGER `articles_search_insert`;
--> statement-breakpoint
CREATE TRIGGER `articles_search_insert` AFTER INSERT ON `articles` BEGIN
	INSERT INTO `article_search`(rowid, title, excerpt, body, tags, stems) SELECT * FROM `article_search_source` WHERE id = new.id;
	INSERT INTO `headline_search`(rowid, title, excerpt, tags, stems) SELECT * FROM `headline_search_source` WHERE id = new.id;
END;
--> statement-breakpoint
DROP TRIGGER `articles_search_update`;
--> statement-breakpoint
CREATE TRIGGER `articles_search_update` AFTER UPDATE OF title, excerpt, body ON `articles` BEGIN
	DELETE FROM `article_search` WHERE rowid = old.id;
	INSERT INTO `article_search`(rowid, title, excerpt, body, tags, stems) SELECT * FROM `article_search_source` WHERE id = new.id;
	DELETE FROM `headline_search` WHERE rowid = old.id;
	INSERT INTO `headline_search`(rowid, title, excerpt, tags, stems) SELECT * FROM `headline_search_source` WHERE id = new.id;
END;
--> statement-breakpoint
DROP TRIGGER `articles_search_delete`;
--> statement-breakpoint
CREATE TRIGGER `articles_search_delete` AFTER DELETE ON `articles` BEGIN
	DELETE FROM `article_search` WHERE rowid = old.id;
	DELETE FROM `headline_search` WHERE rowid = old.id;
END;
--> statement-breakpoint
DROP TRIGGER `article_tags_search_insert`;
--> statement-breakpoint
CREATE TRIGGER `article_tags_search_insert` AFTER INSERT ON `article_tags` BEGIN
	DELETE FROM `article_search` WHERE rowid = new.article_id;
	INSERT INTO `article_search`(rowid, title, excerpt, body, tags, stems) SELECT * FROM `article_search_source` WHERE id = new.article_id;
	DELETE FROM `headline_search` WHERE rowid = new.article_id;
	INSERT INTO `headline_search`(rowid, title, excerpt, tags, stems) SELECT * FROM `headline_search_source` WHERE id = new.article_id;
END;
--> statement-breakpoint
DROP TRIGGER `article_tags_search_delete`;
--> statement-breakpoint
CREATE TRIGGER `article_tags_search_delete` AFTER DELETE ON `article_tags` BEGIN
	DELETE FROM `article_search` WHERE rowid = old.article_id;
	INSERT INTO `article_search`(rowid, title, excerpt, body, tags, stems) SELECT * FROM `article_search_source` WHERE id = old.article_id;
	DELETE FROM `headline_search` WHERE rowid = old.article_id;
	INSERT INTO `headline_search`(rowid, title, excerpt, tags, stems) SELECT * FROM `headline_search_source` WHERE id = old.article_id;
END;
--> statement-breakpoint
DROP TRIGGER `tags_search_rename`;
--> statement-breakpoint
CREATE TRIGGER `tags_search_rename` AFTER UPDATE OF name ON `tags` BEGIN
	DELETE FROM `article_search` WHERE rowid IN (SELECT article_id FROM `article_tags` WHERE tag_id = new.id);
	INSERT INTO `article_search`(rowid, title, excerpt, body, tags, stems)
		SELECT s.* FROM `article_search_source` s JOIN `article_tags` at ON at.article_id = s.id WHERE at.tag_id = new.id;
	DELETE FROM `headline_search` WHERE rowid IN (SELECT article_id FROM `article_tags` WHERE tag_id = new.id);
	INSERT INTO `headline_search`(rowid, title, excerpt, tags, stems)
		SELECT s.* FROM `headline_search_source` s JOIN `article_tags` at ON at.article_id = s.id WHERE at.tag_id = new.id;
END;

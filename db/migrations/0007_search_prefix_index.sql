-- Prefix indexes for 3- and 4-letter prefixes: every search term of three
-- letters or more is also matched as a prefix («صين» finds «صينيه»), and
-- without these FTS5 merges the doclists of every word sharing the prefix
-- («عام»: عامل، عامه، عاملين…), which made common short words slow.
-- The table is rebuilt with the option; the triggers on `articles` refer to it
-- by name and keep working.
DROP TABLE `article_search`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `article_search` USING fts5(
	title, excerpt, body,
	content='', contentless_delete=1,
	tokenize='unicode61 remove_diacritics 0',
	prefix='3 4'
);
--> statement-breakpoint
INSERT INTO `article_search`(rowid, title, excerpt, body)
	SELECT id, search_text(title), search_text(excerpt), search_text(body) FROM `articles`;

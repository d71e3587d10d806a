-- Search indexes words behind the prepositions ب ل ك as well as behind و ف
-- (lib/arabic-search.ts, rule 9): the index is refilled with the new terms.
-- The triggers on `articles` keep working; the table stays as it was.
INSERT INTO `article_search`(`article_search`) VALUES('delete-all');
--> statement-breakpoint
INSERT INTO `article_search`(rowid, title, excerpt, body)
	SELECT id, search_text(title), search_text(excerpt), search_text(body) FROM `articles`;

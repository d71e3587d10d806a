CREATE TABLE `article_authors` (
	`article_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`article_id`, `author_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `authors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_authors_author_idx` ON `article_authors` (`author_id`,`article_id`);--> statement-breakpoint
ALTER TABLE `authors` ADD `kind` text DEFAULT 'staff' NOT NULL;--> statement-breakpoint
ALTER TABLE `authors` ADD `website_url` text;--> statement-breakpoint
ALTER TABLE `authors` ADD `x_url` text;--> statement-breakpoint
ALTER TABLE `authors` ADD `facebook_url` text;--> statement-breakpoint
ALTER TABLE `authors` ADD `linkedin_url` text;--> statement-breakpoint
-- Every story's current byline becomes its first author.
INSERT INTO `article_authors` (`article_id`, `author_id`, `position`)
  SELECT `id`, `author_id`, 0 FROM `articles` WHERE `author_id` IS NOT NULL;
--> statement-breakpoint
-- A story written without the byline list (the archive generator, scripts) still lists its author first;
-- the story form then writes the whole list in the same transaction.
CREATE TRIGGER `article_authors_on_insert` AFTER INSERT ON `articles` WHEN NEW.`author_id` IS NOT NULL BEGIN
  INSERT OR IGNORE INTO `article_authors` (`article_id`, `author_id`, `position`) VALUES (NEW.`id`, NEW.`author_id`, 0);
END;
--> statement-breakpoint
CREATE TRIGGER `article_authors_on_byline` AFTER UPDATE OF `author_id` ON `articles`
  WHEN OLD.`author_id` IS NOT NEW.`author_id` BEGIN
  DELETE FROM `article_authors` WHERE `article_id` = NEW.`id` AND (`position` = 0 OR `author_id` = NEW.`author_id`);
  INSERT INTO `article_authors` (`article_id`, `author_id`, `position`)
    SELECT NEW.`id`, NEW.`author_id`, 0 WHERE NEW.`author_id` IS NOT NULL;
END;

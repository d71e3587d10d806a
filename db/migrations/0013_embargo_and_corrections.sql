CREATE TABLE `story_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`at` integer NOT NULL,
	`created_by` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `story_notes_article_idx` ON `story_notes` (`article_id`,`at`);--> statement-breakpoint
CREATE INDEX `story_notes_kind_idx` ON `story_notes` (`kind`,`at`);--> statement-breakpoint
ALTER TABLE `articles` ADD `embargo_until` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `embargo_set_by` integer REFERENCES users(id);--> statement-breakpoint
CREATE INDEX `articles_embargo_idx` ON `articles` (`embargo_until`) WHERE "articles"."embargo_until" is not null;
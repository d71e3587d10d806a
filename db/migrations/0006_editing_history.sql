CREATE TABLE `article_autosaves` (
	`user_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`saved_at` integer NOT NULL,
	`fields` text NOT NULL,
	PRIMARY KEY(`user_id`, `article_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `article_locks` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`since` integer NOT NULL,
	`heartbeat_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `article_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`version` integer NOT NULL,
	`saved_at` integer NOT NULL,
	`saved_by` integer,
	`snapshot` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`saved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `article_revisions_article_idx` ON `article_revisions` (`article_id`,`version`);--> statement-breakpoint
ALTER TABLE `articles` ADD `top_until` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `breaking_until` integer;--> statement-breakpoint
CREATE INDEX `articles_top_until_idx` ON `articles` (`top_until`) WHERE "articles"."top_until" is not null;--> statement-breakpoint
CREATE INDEX `articles_breaking_until_idx` ON `articles` (`breaking_until`) WHERE "articles"."breaking_until" is not null;
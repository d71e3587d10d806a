CREATE TABLE `article_views` (
	`hour` integer NOT NULL,
	`article_id` integer NOT NULL,
	`views` integer NOT NULL,
	PRIMARY KEY(`hour`, `article_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `authors` ADD `photo_id` integer REFERENCES media(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `articles` ADD `genre` text DEFAULT 'news' NOT NULL;--> statement-breakpoint
CREATE INDEX `articles_genre_idx` ON `articles` (`genre`,`language`,`published_at`,`status`);
DROP INDEX `articles_latest_idx`;--> statement-breakpoint
DROP INDEX `articles_section_idx`;--> statement-breakpoint
DROP INDEX `articles_author_idx`;--> statement-breakpoint
CREATE INDEX `articles_updated_idx` ON `articles` (`updated_at`);--> statement-breakpoint
CREATE INDEX `articles_latest_idx` ON `articles` (`language`,`published_at`,`status`);--> statement-breakpoint
CREATE INDEX `articles_section_idx` ON `articles` (`section_id`,`language`,`published_at`,`status`);--> statement-breakpoint
CREATE INDEX `articles_author_idx` ON `articles` (`author_id`,`language`,`published_at`,`status`);
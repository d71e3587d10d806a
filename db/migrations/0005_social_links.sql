ALTER TABLE `site_settings` ADD `facebook_url` text;--> statement-breakpoint
ALTER TABLE `site_settings` ADD `x_url` text;--> statement-breakpoint
ALTER TABLE `site_settings` ADD `youtube_url` text;--> statement-breakpoint
ALTER TABLE `site_settings` ADD `instagram_url` text;--> statement-breakpoint
ALTER TABLE `site_settings` ADD `telegram_url` text;
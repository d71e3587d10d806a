# Backends for portal.vcl: one per `next start` worker, all in the round-robin
# director `origin`. Copy to backends.vcl beside portal.vcl and list yours.
probe portal_health {
    .url = "/api/health";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
}

backend worker1 { .host = "127.0.0.1"; .port = "3001"; .probe = portal_health; }
backend worker2 { .host = "127.0.0.1"; .port = "3002"; .probe = portal_health; }

sub vcl_init {
    new origin = directors.round_robin();
    origin.add_backend(worker1);
    origin.add_backend(worker2);
}

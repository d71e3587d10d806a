# The portal's edge: Varnish 7 with varnish-modules' xkey, in front of one or
# more `next start` workers. Backends and the round-robin director come from
# backends.vcl beside this file (see backends.example.vcl; `npm run stack`
# writes one for loopback).
#
# Stored: reader pages, feeds, sitemaps, /media/… and /_next/static/….
# Never stored: anything but GET/HEAD (server actions are POSTs), the admin,
# requests carrying the staff session cookie, responses that set a cookie or
# say private/no-store.
# Purged: `PURGE /` with an `xkey` header of cache tags (lib/cache/tags.ts),
# sent by the origin after every write (lib/edge/purge.ts), from loopback or
# the purgers ACL only.
vcl 4.1;

import std;
import directors;
import xkey;

include "backends.vcl";

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    set req.backend_hint = origin.backend();

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey) {
            return (synth(400, "A PURGE needs an xkey header"));
        }
        set req.http.n-gone = xkey.purge(req.http.xkey);
        return (synth(200, "Purged " + req.http.n-gone));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin in either edition, however its first letters are spelled
    # (/%61dmin reaches the same page).
    if (std.tolower(req.url) ~ "^/(en/)?(a|%61)(d|%64)(m|%6d)(i|%69)(n|%6e)") {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)portal_session=") {
        return (pass);
    }
    # Public pages read no cookie: one copy serves every reader.
    unset req.http.Cookie;

    # Tracking parameters do not change the page.
    if (req.url ~ "[?&](utm_[a-z]+|fbclid|gclid)=") {
        set req.url = regsuball(req.url, "(utm_[a-z]+|fbclid|gclid)=[^&]*&?", "");
        set req.url = regsub(req.url, "[?&]+$", "");
    }

    # Next compresses with gzip only: two variants at most. The rare client
    # that takes no gzip gets a copy of its own, fetched uncompressed, so
    # Varnish does not inflate the gzip copy again for each of its requests.
    if (req.http.Accept-Encoding ~ "gzip") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
        set req.http.x-portal-identity = "1";
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    # An RSC payload and the HTML of the same URL are different objects (Next
    # also sends Vary: rsc, which Varnish honours; this keeps it explicit).
    if (req.http.rsc) {
        hash_data("rsc");
    }
    if (req.http.x-portal-identity) {
        hash_data("identity");
    }
    return (lookup);
}

sub vcl_backend_fetch {
    # Varnish asks the origin for gzip on every fetch; not for the uncompressed copy.
    if (bereq.http.x-portal-identity) {
        unset bereq.http.Accept-Encoding;
    }
    unset bereq.http.x-portal-identity;
}

sub vcl_backend_response {
    # Stale copies stay available for a day: served when a worker is down or
    # while a fresh copy is fetched in the background.
    set beresp.grace = 24h;

    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store|no-cache)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    if (bereq.url ~ "^/(_next/static|media)/") {
        set beresp.ttl = 365d;
    }
    return (deliver);
}

sub vcl_backend_error {
    # A worker that died since the last health probe: ask the next one. The
    # round robin is shared by every request in flight, so a retry may land on
    # the dead worker again until its probe fails; four retries make that
    # (1/2)^5 with two workers. A refused connection costs no time.
    if (bereq.retries < 4) {
        return (retry);
    }
    # No worker answered and no stale copy exists.
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Cache-Control = "no-store";
    set beresp.http.Retry-After = "30";
    synthetic({"<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>الخدمة غير متاحة مؤقتًا</title></head>
<body style="font-family: sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.8">
<h1>الخدمة غير متاحة مؤقتًا</h1>
<p>تعذّر الوصول إلى الموقع الآن. نعمل على إعادته، فحاول مرة أخرى بعد قليل.</p>
<p lang="en" dir="ltr">The site is temporarily unavailable. Please try again in a moment.</p>
</body></html>"});
    return (deliver);
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # The keys are for purging here, not for readers.
    unset resp.http.xkey;
    # The strict script policy, reported only, goes to one view in a hundred
    # (README "Security"): workers behind the edge send it on every page
    # (CSP_REPORT_SAMPLE=1), so a stored page does not report on every view.
    if (resp.http.Content-Security-Policy-Report-Only && std.random(0, 100) >= 1) {
        unset resp.http.Content-Security-Policy-Report-Only;
        unset resp.http.Reporting-Endpoints;
    }
}

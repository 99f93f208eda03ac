"""One settings file, driven by environment variables (see .env.example)."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

import dj_database_url
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("CHIBO_DATA_DIR", BASE_DIR / "var"))


def _env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = _env_bool("CHIBO_DEBUG", True)
DEMO_MODE = _env_bool("CHIBO_DEMO", DEBUG)


def _secret_key() -> str:
    key = os.environ.get("CHIBO_SECRET_KEY")
    if key:
        return key
    if not DEBUG:
        raise RuntimeError("CHIBO_SECRET_KEY must be set when CHIBO_DEBUG is off.")
    # Development only: a random key kept beside the local database, never in the repo.
    key_file = DATA_DIR / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    key_file.write_text(key)
    key_file.chmod(0o600)
    return key


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = _env_list("CHIBO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = _env_list("CHIBO_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "axes",
    "django_tasks_db",
    "ninja",  # serves the API docs page (Swagger UI) from local static files, no CDN
    "chibo.core",
    "chibo.audit",
    "chibo.organizations",
    "chibo.members",
    "chibo.documents",
    "chibo.plans",
    "chibo.feedback",
    "chibo.fees",
    "chibo.notifications",
    "chibo.meetings",
    "chibo.evaluations",
    "chibo.admissions",
    "chibo.inspections",
    "chibo.ideas",
    "chibo.residence",
    "chibo.study",
    "chibo.transfers",
    "chibo.room",
    "chibo.oversight",
    "chibo.api",
    "chibo.importer",
    "chibo.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "chibo.core.middleware.VietnameseErrorPages",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "chibo.core.auth.AuthenticationMiddleware",  # Django's, the layout's facts in its query
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "axes.middleware.AxesMiddleware",
    "chibo.api.middleware.RefuseControlCharacters",
]

ROOT_URLCONF = "chibo.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "chibo" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "chibo.core.context_processors.chibo",
                "chibo.notifications.context_processors.notifications",
            ],
        },
    },
]

WSGI_APPLICATION = "chibo.wsgi.application"

_default_sqlite = f"sqlite:///{DATA_DIR / 'chibo.sqlite3'}"
# Each server process keeps its own small cache (rate-limit counters, short-lived totals);
# CHIBO_CACHE=none turns it off (the province benchmark measures pages without any cache).
CACHES: dict[str, dict[str, Any]] = {
    "default": {
        "BACKEND": "django.core.cache.backends.dummy.DummyCache"
        if os.environ.get("CHIBO_CACHE") == "none"
        else "django.core.cache.backends.locmem.LocMemCache"
    }
}

# Persistent connections (CHIBO_CONN_MAX_AGE seconds, checked before reuse) under gunicorn.
_conn_max_age = int(os.environ.get("CHIBO_CONN_MAX_AGE", "60"))
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", _default_sqlite),
        conn_max_age=_conn_max_age,
        conn_health_checks=_conn_max_age > 0,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["TEST"] = {"NAME": ":memory:"}

# A PostgreSQL read replica for read-only committee pages (chibo/lib/replica.py, docs/scale.md).
# CHIBO_TEST_REPLICA_URL does the same for the tests against a real standby (scripts/pg_replica.sh,
# run by scripts/test-postgres.sh). As a test mirror of "default" the alias keeps its own server
# and takes only the test database's name: that database is created on the primary alone and
# reaches the standby by replication.
_replica_url = os.environ.get("CHIBO_REPLICA_DATABASE_URL") or os.environ.get(
    "CHIBO_TEST_REPLICA_URL"
)
if _replica_url:
    DATABASES["replica"] = dj_database_url.parse(_replica_url, conn_max_age=60)
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
DATABASE_ROUTERS = ["chibo.lib.replica.ReplicaRouter"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 8},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # Not a rule on the password: revokes API tokens and logs every password change.
    {"NAME": "chibo.api.passwords.RevokeTokensOnPasswordChange"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

AXES_FAILURE_LIMIT = int(os.environ.get("CHIBO_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 0.25  # hours
# Failures count per (username, address) pair: one address (a school behind one router, or
# the reverse proxy) cannot lock out everybody, and one username is not locked everywhere.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# The client's address: REMOTE_ADDR, or X-Forwarded-For only when REMOTE_ADDR is a proxy
# listed in CHIBO_TRUSTED_PROXIES (off by default; see chibo/lib/client_ip.py).
CHIBO_TRUSTED_PROXIES = _env_list("CHIBO_TRUSTED_PROXIES", "")
AXES_CLIENT_IP_CALLABLE = "chibo.lib.client_ip.client_ip"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt")]
LOCALE_PATHS = [BASE_DIR / "chibo" / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "chibo" / "static"]
# Issued documents and uploads go through Django's storage API: a folder under CHIBO_DATA_DIR
# (one server), or with CHIBO_STORAGE=s3 an S3-compatible bucket (MinIO, Ceph, a cloud's object
# store) that several application servers share. Files are private: reached only through views
# that check access, never by a public URL.
_file_storage: dict[str, Any] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": str(DATA_DIR / "files")},
}
if os.environ.get("CHIBO_STORAGE", "files") == "s3":
    _file_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ.get("CHIBO_S3_BUCKET", "chibo"),
            "endpoint_url": os.environ.get("CHIBO_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("CHIBO_S3_REGION") or None,
            "access_key": os.environ.get("CHIBO_S3_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("CHIBO_S3_SECRET_ACCESS_KEY") or None,
            "location": os.environ.get("CHIBO_S3_PREFIX", ""),
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,  # an issued document is never replaced in place
        },
    }
STORAGES = {
    "default": _file_storage,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Uploaded and generated files live outside the web root and are served only by views
# that check access; there is deliberately no MEDIA_URL.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
CHIBO_MAX_UPLOAD_BYTES = int(os.environ.get("CHIBO_MAX_UPLOAD_BYTES", str(10 * 1024 * 1024)))
# A plan's pages photographed on a phone come in one upload (chibo/importer): each photo within
# CHIBO_MAX_UPLOAD_BYTES, at most CHIBO_MAX_IMPORT_PHOTOS photos and CHIBO_MAX_IMPORT_BYTES in all
# (deploy/nginx-chibo.conf lets the import routes' bodies through up to that size).
CHIBO_MAX_IMPORT_PHOTOS = int(os.environ.get("CHIBO_MAX_IMPORT_PHOTOS", "10"))
CHIBO_MAX_IMPORT_BYTES = int(os.environ.get("CHIBO_MAX_IMPORT_BYTES", str(40 * 1024 * 1024)))
# A plan import left pending this many days is discarded with its page images (daily task and
# `chibo import-cleanup`); an app setting, the same for every committee (docs/import-plan.md).
CHIBO_IMPORT_KEEP_DAYS = int(os.environ.get("CHIBO_IMPORT_KEEP_DAYS", "30"))
# API requests per minute per token (chibo/api/limits.py); 0 turns the limit off.
CHIBO_API_RATE_LIMIT = int(os.environ.get("CHIBO_API_RATE_LIMIT", "600"))

TASKS = {
    "default": {
        "BACKEND": os.environ.get("CHIBO_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}

# Development prints mail to the console; production sends it over SMTP unless told otherwise.
_email_backend = os.environ.get("CHIBO_EMAIL_BACKEND") or (
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend"
)
_email_options: dict[str, object] = {}
if _email_backend.endswith("smtp.EmailBackend"):
    _email_options = {
        "host": os.environ.get("CHIBO_EMAIL_HOST", "localhost"),
        "port": int(os.environ.get("CHIBO_EMAIL_PORT", "25")),
        "username": os.environ.get("CHIBO_EMAIL_HOST_USER", ""),
        "password": os.environ.get("CHIBO_EMAIL_HOST_PASSWORD", ""),
        "use_tls": _env_bool("CHIBO_EMAIL_USE_TLS", False),
    }
MAILERS = {"default": {"BACKEND": _email_backend, "OPTIONS": _email_options}}
DEFAULT_FROM_EMAIL = os.environ.get("CHIBO_DEFAULT_FROM_EMAIL", "Chi bộ số <khongtraloi@localhost>")
# The site's address as members reach it, for links in e-mails sent by the background worker.
CHIBO_BASE_URL = os.environ.get("CHIBO_BASE_URL", "http://127.0.0.1:8000")

# Content-Security-Policy (Django's own): scripts only from this site, never inline; no plugins,
# no framing, forms post only here. Inline style attributes stay allowed (a few templates and
# htmx's indicator style use them); no user text can reach a style attribute unescaped.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 60 * 60 * 12
# Sessions live in the database and are read through a cache that every server process of this
# machine shares (files under CHIBO_DATA_DIR/sessions, mode 0600): a signed-in page asks the
# database nothing for its session. Logging out deletes the row and the file, so no other process
# keeps the session alive. A per-process cache would (locmem: a logged-out session would live on
# in the other workers), and signed-cookie sessions cannot be revoked at all, so neither is used.
# With several application servers set CHIBO_SESSION_CACHE=none (database only), since each
# machine would have its own files. CHIBO_CACHE=none (no cache at all) implies it.
if (
    os.environ.get("CHIBO_SESSION_CACHE", "file") == "file"
    and os.environ.get("CHIBO_CACHE") != "none"
):
    CACHES["sessions"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(DATA_DIR / "sessions"),
        "TIMEOUT": SESSION_COOKIE_AGE,
        "OPTIONS": {"MAX_ENTRIES": 100_000},
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    SESSION_CACHE_ALIAS = "sessions"
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = _env_bool("CHIBO_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]  # monitors may ask gunicorn directly, over http
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("CHIBO_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("CHIBO_LOG_LEVEL", "INFO")},
    "loggers": {"axes": {"level": "WARNING"}},
}

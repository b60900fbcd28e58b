"""Django settings for the childplan web application.

Everything a deployment may change comes from environment variables, read strictly by
``environment.py`` (which lists them). The security settings here are not choices a
deployment makes: argon2 passwords, throttled sign-in (django-axes), CSRF, a content
security policy with no inline script or style, cookies over HTTPS only outside debug,
and logs without request bodies or personal data.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from childplan.web.environment import SettingError, read_environment, secret_key

WEB_DIR = Path(__file__).resolve().parent

try:
    ENVIRONMENT = read_environment()
    SECRET_KEY = secret_key(ENVIRONMENT)
except SettingError as error:
    raise ImproperlyConfigured(str(error)) from None

DEBUG = ENVIRONMENT.debug
ALLOWED_HOSTS = list(ENVIRONMENT.allowed_hosts)
DATA_DIR = ENVIRONMENT.data_dir
CHECKER_CONFIG = ENVIRONMENT.config_file  # a local authority's childplan.toml, or None

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.forms",  # its templates, for the GOV.UK form renderer (TemplatesSetting)
    "axes",
    "csp",
    "django_htmx",
    "childplan.web.accounts",
    "childplan.web.children",
    "childplan.web.plans",
    "childplan.web.audit",
    "childplan.web.dashboards",
    "childplan.web.reviews",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

ROOT_URLCONF = "childplan.web.urls"
WSGI_APPLICATION = "childplan.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [WEB_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "childplan.web.navigation.service_navigation",
            ],
            "builtins": ["childplan.web.govuk.templatetags.govuk"],
        },
    }
]
FORM_RENDERER = "childplan.web.govuk.forms.GovukFormRenderer"

# --- the database: SQLite in the data directory unless DATABASE_URL names another ---------

if ENVIRONMENT.database_url:
    DATABASES = {"default": dj_database_url.parse(ENVIRONMENT.database_url, conn_max_age=60)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(ENVIRONMENT.database_file),
            "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 20},
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- people and sign-in -------------------------------------------------------------------

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "children:caseload"
LOGOUT_REDIRECT_URL = "accounts:login"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",  # reads hashes made before argon2
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses a locked-out sign-in before the next
    "django.contrib.auth.backends.ModelBackend",
]

# Five wrong passwords for one user name from one address lock that pair out for 15 minutes.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = dt.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_HTTP_RESPONSE_CODE = 429
AXES_VERBOSE = False
AXES_CLIENT_STR_CALLABLE = "childplan.web.accounts.throttling.client_str"  # no name, no IP

# --- sessions, cookies, headers -----------------------------------------------------------

SESSION_COOKIE_AGE = 8 * 60 * 60  # a working day
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_SECURE = ENVIRONMENT.secure_cookies
CSRF_COOKIE_SECURE = ENVIRONMENT.secure_cookies
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
    }
}

# --- static files: GOV.UK Frontend built by scripts/build-assets, served by WhiteNoise -----

STATIC_URL = "/static/"
STATICFILES_DIRS = [WEB_DIR / "static"]
WHITENOISE_USE_FINDERS = True  # serve straight from STATICFILES_DIRS: no collectstatic needed
WHITENOISE_AUTOREFRESH = DEBUG

# --- language and time --------------------------------------------------------------------

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = False
USE_TZ = True

# --- logs: what happened, never to whom ---------------------------------------------------
# Messages carry record ids, not names or plan text, and no handler prints request bodies
# or headers. Django's own request log names the path (ids only) and the status.

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django.security": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "axes": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "childplan": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

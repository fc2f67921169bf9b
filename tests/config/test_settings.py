"""Production settings fail safe: no secret, no start; with secrets, no deploy warnings."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-" + "x7Qp2mZ9vL4kR8sT1wY6" * 2,
    "ALLOWED_HOSTS": "passage.example",
    "BASE_URL": "https://passage.example",
}


def manage(*args, **env_overrides):
    # The browser tests' DJANGO_ALLOW_ASYNC_UNSAFE must not leak into a production check.
    inherited = set(PRODUCTION_ENV) | {"DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {key: value for key, value in os.environ.items() if key not in inherited}
    env.update(PRODUCTION_ENV)
    env.update(env_overrides)
    env = {key: value for key, value in env.items() if value is not None}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", SECRET_KEY=None)
    assert result.returncode != 0
    assert "The environment variable SECRET_KEY must be set." in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = manage("check", ALLOWED_HOSTS=None)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_production_passes_check_deploy_without_warnings():
    result = manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr + result.stdout
    assert "System check identified no issues" in result.stdout


def test_demo_accounts_are_refused_under_production_settings():
    result = manage("load_demo")
    assert result.returncode != 0
    assert "refused under these settings" in result.stderr

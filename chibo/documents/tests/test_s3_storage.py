"""Issued documents through an S3-compatible bucket (CHIBO_STORAGE=s3): a local S3 server
(moto's, on a loopback port, inside this test) stands in for MinIO or a cloud object store."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.test import Client, override_settings
from moto.server import ThreadedMotoServer

from chibo.documents.models import DocumentError, IssuedDocument
from chibo.documents.tests.helpers import make_issued

pytestmark = pytest.mark.django_db

BUCKET = "chibo-test"
KEYS = {"access_key": "testing", "secret_key": "testing"}


@pytest.fixture
def s3() -> Iterator[dict[str, Any]]:
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                          aws_access_key_id="testing", aws_secret_access_key="testing")  # fmt: skip
    client.create_bucket(Bucket=BUCKET)
    storages = {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": endpoint,
                "region_name": "us-east-1",
                "location": "chibo",
                "default_acl": "private",
                "file_overwrite": False,
                **KEYS,
            },
        },  # fmt: skip
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    try:
        with override_settings(STORAGES=storages):
            yield {"client": client, "endpoint": endpoint}
    finally:
        server.stop()


def test_an_issued_document_is_stored_in_the_bucket_and_read_back_against_its_hash(world, s3):
    assert type(storages["default"]).__name__ == "S3Storage"
    document = make_issued(world.cell, world.secretary.user)
    key = f"chibo/{document.docx.name}"
    stored = s3["client"].get_object(Bucket=BUCKET, Key=key)["Body"].read()
    assert hashlib.sha256(stored).hexdigest() == document.docx_sha256

    again = IssuedDocument.objects.get(pk=document.pk)
    filename, content_type, data = again.open_file("docx")
    assert data == stored and filename.endswith(".docx")

    # The page a member downloads it from reads the same object.
    client = Client()
    client.force_login(world.member.user)
    response = client.get(f"/documents/{document.pk}/docx/")
    assert response.status_code == 200 and response.content == stored


def test_a_changed_object_in_the_bucket_is_refused(world, s3):
    document = make_issued(world.cell, world.secretary.user)
    s3["client"].put_object(
        Bucket=BUCKET, Key=f"chibo/{document.docx.name}", Body=b"not the document"
    )
    with pytest.raises(DocumentError):
        IssuedDocument.objects.get(pk=document.pk).open_file("docx")


def test_a_second_file_with_the_same_name_does_not_overwrite_the_first(s3):
    first = default_storage.save("cells/1/KH-01-1.docx", ContentFile(b"one"))
    second = default_storage.save("cells/1/KH-01-1.docx", ContentFile(b"two"))
    assert first != second
    with default_storage.open(first) as handle:
        assert handle.read() == b"one"

"""/api/v1/ — django-ninja, token auth, the same scoping as the UI."""

from ninja import NinjaAPI

api = NinjaAPI(title="Chi bộ số API", version="1", urls_namespace="api")

"""Vietnamese labels of the audit actions this app writes (read by chibo.audit.labels)."""

LABELS = {
    "oversight.quality": "Chấm chất lượng buổi sinh hoạt",
}

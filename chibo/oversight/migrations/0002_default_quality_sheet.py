from django.db import migrations


def create_default_sheet(apps, schema_editor):
    from chibo.oversight.quality import DEFAULT_BANDS, DEFAULT_GROUPS, DEFAULT_NAME, DEFAULT_SOURCE

    QualitySheet = apps.get_model("oversight", "QualitySheet")
    if not QualitySheet.objects.filter(committee__isnull=True).exists():
        QualitySheet.objects.create(committee=None, version=1, name=DEFAULT_NAME, source=DEFAULT_SOURCE,
                                    groups=DEFAULT_GROUPS, bands=DEFAULT_BANDS)


class Migration(migrations.Migration):
    dependencies = [("oversight", "0001_initial")]
    operations = [migrations.RunPython(create_default_sheet, migrations.RunPython.noop)]

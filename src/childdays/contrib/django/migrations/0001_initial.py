import datetime

from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="CustomObservance",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "observance_id",
                    models.SlugField(
                        help_text="Stable forever (feed UIDs and URLs): lower-case words joined by hyphens.",
                        max_length=80,
                        unique=True,
                        verbose_name="id",
                    ),
                ),
                (
                    "scope",
                    models.CharField(
                        default="world",
                        help_text="'world', a country code such as KH, or a region id.",
                        max_length=40,
                    ),
                ),
                (
                    "tags",
                    models.CharField(
                        help_text="Separated by commas, e.g. 'rights, education'.", max_length=400
                    ),
                ),
                (
                    "label",
                    models.CharField(
                        choices=[("plain", "plain"), ("year", "year"), ("edition", "edition")],
                        default="plain",
                        help_text="Titles say the year ('year'), the edition number ('edition') or neither.",
                        max_length=10,
                    ),
                ),
                (
                    "first_year",
                    models.PositiveIntegerField(
                        blank=True, help_text="The first time it was held (edition 1).", null=True
                    ),
                ),
                (
                    "established",
                    models.PositiveIntegerField(
                        blank=True,
                        help_text="The year it was founded (for anniversaries).",
                        null=True,
                    ),
                ),
                (
                    "rule",
                    models.CharField(
                        help_text="A yearly RFC 5545 rule, e.g. FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1.",
                        max_length=200,
                    ),
                ),
                (
                    "since",
                    models.PositiveIntegerField(help_text="The first year the rule applies."),
                ),
                (
                    "until",
                    models.PositiveIntegerField(
                        blank=True,
                        help_text="The last year the rule applies (empty: still held).",
                        null=True,
                    ),
                ),
                (
                    "dates",
                    models.TextField(
                        blank=True,
                        help_text="Announced dates, one a line (2025-06-02); each wins over the rule in its year.",
                    ),
                ),
                (
                    "duration",
                    models.PositiveSmallIntegerField(default=1, help_text="Days, 1 to 366."),
                ),
                (
                    "url",
                    models.CharField(
                        blank=True, help_text="Its page (an https URL), if any.", max_length=500
                    ),
                ),
                (
                    "sources",
                    models.TextField(
                        help_text="One a line: the URL, a space, then the title of the page read."
                    ),
                ),
                ("description_en", models.TextField(blank=True, verbose_name="description (en)")),
                ("name_en", models.CharField(max_length=200, verbose_name="name (en)")),
                ("name_km", models.CharField(blank=True, max_length=200, verbose_name="name (km)")),
                ("name_fr", models.CharField(blank=True, max_length=200, verbose_name="name (fr)")),
                ("name_es", models.CharField(blank=True, max_length=200, verbose_name="name (es)")),
                ("name_pt", models.CharField(blank=True, max_length=200, verbose_name="name (pt)")),
                ("name_zh", models.CharField(blank=True, max_length=200, verbose_name="name (zh)")),
                ("name_vi", models.CharField(blank=True, max_length=200, verbose_name="name (vi)")),
                ("name_th", models.CharField(blank=True, max_length=200, verbose_name="name (th)")),
                ("name_id", models.CharField(blank=True, max_length=200, verbose_name="name (id)")),
                ("name_ja", models.CharField(blank=True, max_length=200, verbose_name="name (ja)")),
                ("name_ar", models.CharField(blank=True, max_length=200, verbose_name="name (ar)")),
                ("name_ru", models.CharField(blank=True, max_length=200, verbose_name="name (ru)")),
                (
                    "revision",
                    models.PositiveIntegerField(
                        default=1,
                        editable=False,
                        help_text="Raised on every save: feeds derive SEQUENCE from it.",
                    ),
                ),
                (
                    "updated",
                    models.DateField(
                        default=datetime.date.today,
                        editable=False,
                        help_text="The day of the last change.",
                    ),
                ),
            ],
            options={
                "verbose_name": "custom observance",
                "ordering": ("observance_id",),
            },
        ),
    ]

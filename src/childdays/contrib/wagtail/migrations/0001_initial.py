import django.db.models.deletion
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("wagtailcore", "0089_log_entry_data_json_null_to_object"),
    ]

    operations = [
        migrations.CreateModel(
            name="CalendarPage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.page",
                    ),
                ),
                (
                    "country",
                    models.CharField(
                        blank=True,
                        help_text="A country code such as KH; empty: worldwide days.",
                        max_length=2,
                    ),
                ),
                (
                    "language",
                    models.CharField(
                        choices=[
                            ("en", "en"),
                            ("km", "km"),
                            ("fr", "fr"),
                            ("es", "es"),
                            ("pt", "pt"),
                            ("zh", "zh"),
                            ("vi", "vi"),
                            ("th", "th"),
                            ("id", "id"),
                            ("ja", "ja"),
                            ("ar", "ar"),
                            ("ru", "ru"),
                        ],
                        default="en",
                        max_length=5,
                    ),
                ),
                ("intro", wagtail.fields.RichTextField(blank=True)),
            ],
            options={
                "verbose_name": "child protection calendar",
            },
            bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, "wagtailcore.page"),
        ),
    ]

"""The translation status report and the onboarding report, on constructed cases."""

import csv
import io

from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale

from editorial.reports import translation_status
from tests import factories
from tests.editorial.factories import make_community, make_user


class TranslationStatusTests(TestCase):
    """Three pages, two translated into English, one of them changed since."""

    @classmethod
    def setUpTestData(cls):
        home = factories.make_home()
        factories.make_index(home)
        cls.community = make_community("Les Hauts de Valmorel").page
        first = factories.make_offer(cls.community, title="Balade des escaliers")
        factories.make_offer(cls.community, title="Atelier du pain")
        factories.translate(cls.community, "en")
        factories.translate(first, "en")
        first.intro = "Une balade, avec un nouveau départ."
        first.save_revision().publish()
        cls.english = Locale.objects.get(language_code="en")
        cls.moderator = make_user("moderator", "Moderators")

    def test_the_numbers_match_the_constructed_case(self):
        [row] = translation_status([self.community], [self.english])
        self.assertEqual((row.pages, row.translated, row.out_of_date), (3, 2, 1))
        self.assertEqual(row.share, 67)
        self.assertEqual(row.to_review, 0)

    def test_the_admin_report_filters_by_language(self):
        self.client.force_login(self.moderator)
        url = reverse("editorial:translation_report")
        response = self.client.get(url, {"locale": self.english.pk})
        rows = response.context["rows"]
        self.assertEqual([row.locale for row in rows], [self.english])
        self.assertContains(response, "2 (67 %)")
        all_rows = self.client.get(url).context["rows"]
        self.assertEqual(len(all_rows), Locale.objects.count() - 1)

    def test_the_export_is_a_csv_of_the_same_numbers(self):
        self.client.force_login(self.moderator)
        url = reverse("editorial:translation_report")
        response = self.client.get(url, {"locale": self.english.pk, "export": "csv"})
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        rows = list(csv.reader(io.StringIO(response.content.decode())))
        self.assertEqual(rows[1], ["Les Hauts de Valmorel", "en", "3", "2", "67%", "1", "0"])

    def test_community_editors_do_not_see_it(self):
        editor = make_user("editor", "Les Hauts de Valmorel editors")
        self.client.force_login(editor)
        response = self.client.get(reverse("editorial:translation_report"))
        self.assertNotEqual(response.status_code, 200)

    def test_its_queries_do_not_grow_with_communities(self):
        def queries():
            from django.db import connection
            from django.test.utils import CaptureQueriesContext

            with CaptureQueriesContext(connection) as captured:
                translation_status(
                    list(factories.CommunityPage.objects.filter(locale__language_code="fr")),
                    [self.english],
                )
            return len(captured)

        few = queries()
        for number in range(3):
            community = make_community(f"Communauté {number}").page
            factories.make_offer(community, title=f"Offre {number}")
        self.assertEqual(queries(), few)

"""A document's kind from its title: result documents ask for positive evidence of commitment."""

from __future__ import annotations

import pytest

from taizhang.extract.kinds import document_kind, states_results
from taizhang.extract.pipeline import read_numbers


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("2023年天等县国民经济和社会发展统计公报", "bulletin"),
        ("贵州省2023年上半年经济运行情况新闻发布会", "progress_report"),
        ("长治市上党区统计局2020年工作总结暨2021年工作计划", "plan"),  # it also presents a plan
        ("吴忠市十四五规划纲要实施中期评估报告", "progress_report"),
        ("关于2024年计划执行情况与2025年计划草案的报告", "plan"),
        ("2024年临沧市人民政府工作报告", "work_report"),
        ("江门日报 2023年1月20日", None),
        ("巴林右旗统计局\n(2023年3月31日)", "bulletin"),  # a statistics bureau publishes results
    ],
)
def test_the_title_names_the_kind(title: str, kind: str | None) -> None:
    assert document_kind(title) == kind


def test_a_question_or_a_sentence_is_not_a_title() -> None:
    assert document_kind("区长答记者问\n记者问:2023年交出了一份怎样的成绩单?") is None
    assert document_kind("", "网站首页\n统计信息\n2023年某县国民经济和社会发展统计公报\n正文，全年…") == "bulletin"


def test_a_bulletin_states_results_not_targets() -> None:
    text = "2023年某县国民经济和社会发展统计公报\n全年全县生产总值84.72亿元，比上年增长3.4%。全年城镇新增就业1420人。\n"
    reading = read_numbers(text, region="天等县", date="2024-04-30")
    assert states_results("bulletin") and reading.kind == "bulletin"
    assert reading.targets == []
    assert {a.value_text for a in reading.actuals} == {"84.72亿元", "3.4%", "1420人"}


def test_a_bulletin_still_keeps_a_stated_commitment() -> None:
    text = "某县经济运行情况\n1-9月工业投资增长5%。全年力争工业投资增长8%以上。\n"
    reading = read_numbers(text, region="天等县", date="2023-10-20")
    assert [t.value_text for t in reading.targets] == ["8%"]


def test_a_text_without_any_word_of_commitment_yields_no_targets() -> None:
    text = (
        "前9个月哈尔滨工业投资持续高增长\n1-9月份，工业固定资产投资增长17.8%。新开工项目120个。\n"
        + "制造业投资保持较快增长，高技术产业投资比重明显提高，民间投资活力持续释放。\n" * 5
    )
    reading = read_numbers(text, region="哈尔滨市", date="2021-10-20")
    assert reading.targets == []
    assert {a.value_text for a in reading.actuals} >= {"17.8%"}


def test_a_snippet_without_a_word_of_commitment_is_read_as_a_target() -> None:
    reading = read_numbers("工业投资增长10%。", region="江门市", date="2023-01-20")
    assert [t.value_text for t in reading.targets] == ["10%"]


def test_a_horizon_is_a_word_of_commitment() -> None:
    text = "某省发布意见\n到2026年，森林覆盖率达到45.31%。\n"
    assert [t.value_text for t in read_numbers(text, region="黑龙江省", date="2024-05-13").targets] == ["45.31%"]


def test_a_sentence_comparing_with_last_year_or_ranking_a_result_reports_actuals() -> None:
    text = (
        "某旗发展情况\n全年地区生产总值69.9亿元，比上年增长1.8%。"
        "地区生产总值完成220.1亿元，居全市第3位，增速3.1%。\n2024年，力争地区生产总值增长6%。\n"
    )
    reading = read_numbers(text, region="巴林右旗", date="2023-03-31")
    assert [t.value_text for t in reading.targets] == ["6%"]
    assert {"69.9亿元", "1.8%", "220.1亿元", "3.1%"} <= {a.value_text for a in reading.actuals}


def test_attendance_at_a_meeting_is_not_a_target() -> None:
    text = "大会开幕\n大会应到代表877名，出席839名，符合法定人数。今年要确保新增就业5万人。\n"
    assert [t.value_text for t in read_numbers(text, region="四川省", date="2026-01-20").targets] == ["5万人"]


def test_a_headline_reporting_a_period_makes_a_progress_report() -> None:
    assert document_kind("上半年陕西完成水利投资超220亿元\n重大水利工程开工数量创历史新高") == "progress_report"
    assert document_kind("上半年力争完成水利投资220亿元") is None  # a commitment in the headline


def test_a_past_year_in_an_earlier_sentence_makes_the_next_sentences_results() -> None:
    text = (
        "区长在报告中说，2018年全区经济社会发展取得显著成效。地区生产总值达到379.95亿元、增长9.3%。\n"
        "2019年，力争地区生产总值增长8%。\n"
    )
    reading = read_numbers(text, region="涪城区", date="2019-02-19")
    assert [t.value_text for t in reading.targets] == ["8%"]
    assert {a.value_text: a.period_end.year for a in reading.actuals} == {"379.95亿元": 2018, "9.3%": 2018}


def test_results_go_on_after_a_sentence_comparing_with_last_year() -> None:
    text = "全年地区生产总值49843.1亿元，比上年增长5.2%。其中，第一产业增加值116.4亿元，增长1.5%。\n"
    reading = read_numbers(text + "全市上下奋发有为，各项事业取得新进展。" * 8, region="北京市", date="2025-03-20")
    assert reading.targets == []
    assert {"116.4亿元", "1.5%"} <= {a.value_text for a in reading.actuals}


def test_page_counters_are_not_targets() -> None:
    text = "某地政府工作报告解读\n发布时间:2026年03月06日 浏览次数:79次\n2026年，力争地区生产总值增长5%。\n"
    assert [t.value_text for t in read_numbers(text, region="辽宁省", date="2026-03-06").targets] == ["5%"]


def test_pinyin_a_mirror_inserted_is_left_out_of_measure_and_indicator() -> None:
    text = "2023年主要預期目標：地區(qū)生產(chǎn)總值增長(zhǎng)7%左右。"
    [target] = read_numbers(text, region="長沙市", date="2023-01-10").targets
    assert (target.measure, target.indicator) == ("growth", "地區生產總值")


def test_a_growth_named_before_other_words_still_makes_a_growth_rate() -> None:
    text = "全國人大開幕，政府工作報告提出今年經濟增長預期在4.5%至5%。"
    targets = read_numbers(text, region="全国", date="2026-03-05").targets
    assert [t.measure for t in targets] == ["growth", "growth"]


def test_a_short_region_name_whose_targets_follow_is_the_subject() -> None:
    text = "2023年，郑州的主要预期目标是，地区生产总值增长7%左右，城镇新增就业10万人以上。江门重点项目加快建设。"
    targets = read_numbers(text, region="河南省", date="2023-01-20").targets
    assert {(t.value_text, t.region) for t in targets} == {("7%", "郑州市"), ("10万人", "郑州市")}


def test_a_round_up_of_cities_gives_each_its_own_targets_without_the_verb() -> None:
    text = "各地2024年经济增长目标出炉\n郑州市提出地区生产总值增长6%左右；洛阳市提出增长6.5%。\n"
    targets = read_numbers(text, region="河南省", date="2024-01-20").targets
    assert [(t.region, t.indicator) for t in targets] == [("郑州市", "地区生产总值"), ("洛阳市", "地区生产总值")]


def test_quoted_speech_changes_and_restatements_of_targets() -> None:
    def targets(text: str) -> list[str]:
        return [t.value_text for t in read_numbers(text, region="郑州市", date="2024-01-20").targets]

    assert targets("会议强调，今年要“地区生产总值增长7%左右”，确保完成全年目标任务。") == ["7%"]
    assert targets("今年经济增长目标为5%左右，比去年目标下调0.5个百分点。") == ["5%"]
    assert targets("今年增长目标为4.5%，比去年的目标「5%左右」略为下调。") == ["4.5%"]
    assert targets("报告从10个方面部署了今年的重点工作。今年要确保地区生产总值增长6%。") == ["6%"]
    assert targets("预期目标是，地区生产总值同比增长7%，城镇调查失业率5.5%左右。") == ["7%", "5.5%"]


def test_items_of_a_list_a_past_opening_introduces_are_results() -> None:
    text = (
        "去年，全县上下砥砺奋进：\n- 地区生产总值达到320亿元，增长6%；\n- 城乡居民收入分别增长5.1%和7.2%。\n"
        "今年，我们将确保地区生产总值增长6.5%。\n今年主要预期目标：\n- 固定资产投资增长8%。"
    )
    reading = read_numbers(text, region="郑州市", date="2024-01-20")
    assert [(t.value_text, t.indicator) for t in reading.targets] == [("6.5%", "地区生产总值"), ("8%", "固定资产投资")]
    assert {a.value_text: a.indicator for a in reading.actuals}["5.1%"] == "城乡居民收入"


def test_a_simplified_indicator_stays_simplified_in_a_mixed_text() -> None:
    reading = read_numbers("力争工业投资增长10%。全年新增就業崗位1.2萬個。", region="郑州市", date="2024-01-20")
    assert [t.indicator for t in reading.targets] == ["工业投资", "新增就業崗位"]


def test_a_completion_rate_reports_progress_unless_it_is_promised() -> None:
    def targets(text: str) -> list[str]:
        return [t.value_text for t in read_numbers(text, region="南京市", date="2019-10-17").targets]

    assert targets("今年，220个实施项目投资完成率82.4%，力争完成投资5000亿元。") == ["5000亿元"]
    assert targets("力争三季度末市级重点项目投资完成率达到80%。") == ["80%"]

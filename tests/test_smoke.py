from taizhang.extract.record import Target, decimal_to_json
from decimal import Decimal


def test_decimal_to_json_keeps_whole_numbers_whole():
    assert decimal_to_json(Decimal("1E+10")) == 10000000000
    assert isinstance(decimal_to_json(Decimal("1E+10")), int)
    assert decimal_to_json(Decimal("7.5")) == 7.5

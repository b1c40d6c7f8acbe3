import { numberIssuerMismatch } from '../../../server/src/core/rules/number/issuer-mismatch';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(numberIssuerMismatch, {
  valid: [
    { text: 'ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\nSố: 05/TB-UBND\n\nTHÔNG BÁO\n' },
    { name: 'sở under its superior', text: 'UBND TỈNH NINH BÌNH\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n\nSố: 05/TB-STNMT\n\nTHÔNG BÁO\n' },
    { name: 'no issuer line', text: 'Số: /TB-STNMT\r\n\r\nTHÔNG BÁO\r\n' },
    { name: 'short sở code', text: 'UBND TỈNH YÊN BÁI\nSỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\n\nSố: 14/TB-SNN\n\nTHÔNG BÁO\n' },
    { name: 'the council’s own code', text: 'HỘI ĐỒNG NHÂN DÂN\nTỈNH NINH BÌNH\n\nSố: 05/TB-HĐND\n\nTHÔNG BÁO\n' },
    { name: 'other bodies not judged', text: 'BAN CHỈ ĐẠO\n\nSố: 14/TB-BCĐ\n\nTHÔNG BÁO\n' },
  ],
  invalid: [
    {
      name: 'sở code under the people’s committee',
      text: 'ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\n\nSố: 05/TB-STNMT\n\nTHÔNG BÁO\n',
      errors: [{ message: 'cần "UBND"', covers: 'STNMT', severity: 'warning' }],
    },
    {
      name: 'UBND under a sở',
      text: 'UBND TỈNH NINH BÌNH\nSỞ Y TẾ\n\nSố:   /TB-UBND\n\nTHÔNG BÁO\n',
      errors: [{ covers: 'UBND' }],
    },
    {
      name: 'another sở',
      text: 'UBND TỈNH NINH BÌNH\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n\nSố: 05/TB-SNV\n\nTHÔNG BÁO\n',
      errors: [{ covers: 'SNV', messageEn: 'does not fit' }],
    },
    {
      name: 'UBND under the people’s council',
      text: 'HỘI ĐỒNG NHÂN DÂN\nTỈNH NINH BÌNH\n\nSố: 05/TB-UBND\n\nTHÔNG BÁO\n',
      errors: [{ message: 'cần "HĐND"', covers: 'UBND' }],
    },
  ],
});

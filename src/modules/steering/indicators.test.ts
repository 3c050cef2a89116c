import { describe, expect, it } from 'vitest';
import { danVanKheoSentences, steeringSentences, type SteeringFigures } from './indicators.ts';

const zero: SteeringFigures = {
  requests: 0,
  expectedSubmissions: 0,
  submittedOnTime: 0,
  submittedLate: 0,
  missing: 0,
  inspections: 0,
  evaluations: { tot: 0, kha: 0, trung_binh: 0, yeu: 0 },
  reviews: 0,
  briefings: 0,
  trainings: 0,
  trainingParticipants: 0,
};

describe('sentences of the committee\'s work', () => {
  it('nothing recorded: no sentence (no "0 cuộc" filler)', () => {
    expect(steeringSentences(zero)).toEqual([]);
    expect(danVanKheoSentences({ registered: 0, evaluated: 0, commended: 0 })).toEqual([]);
  });

  it('writes the figures that carry information, the missing reports included', () => {
    expect(
      steeringSentences({ ...zero, requests: 2, expectedSubmissions: 12, submittedOnTime: 10, submittedLate: 1, missing: 1, inspections: 3, evaluations: { tot: 8, kha: 3, trung_binh: 0, yeu: 1 }, briefings: 4, trainings: 2, trainingParticipants: 1949 }),
    ).toEqual([
      'Ban Chỉ đạo ban hành 2 văn bản chỉ đạo, hướng dẫn, yêu cầu báo cáo.',
      '10/12 đơn vị nộp báo cáo đúng hạn; 1 đơn vị nộp muộn; 1 đơn vị chưa nộp báo cáo.',
      'Tổ chức 3 cuộc kiểm tra việc thực hiện dân chủ ở cơ sở.',
      'Đánh giá, phân loại 12 đơn vị: 8 tốt, 3 khá, 1 yếu.',
      'Tổ chức 4 hội nghị giao ban.',
      'Tổ chức 2 lớp tập huấn với 1.949 lượt người tham gia.',
    ]);
    expect(steeringSentences({ ...zero, expectedSubmissions: 5, submittedOnTime: 5 })).toEqual(['5/5 đơn vị nộp báo cáo đúng hạn.']);
    expect(steeringSentences({ ...zero, expectedSubmissions: 5 })).toEqual(['0/5 đơn vị nộp báo cáo đúng hạn.']);
  });

  it('"Dân vận khéo": registered by units, evaluated and commended by the committee', () => {
    expect(danVanKheoSentences({ registered: 4, evaluated: 3, commended: 2 })).toEqual(['Các đơn vị đăng ký 4 mô hình "Dân vận khéo".', 'Ban Chỉ đạo đánh giá 3 mô hình, khen thưởng 2 mô hình tiêu biểu.']);
    expect(danVanKheoSentences({ registered: 0, evaluated: 0, commended: 1 })).toEqual(['Ban Chỉ đạo khen thưởng 1 mô hình tiêu biểu.']);
  });
});
